import { describe, expect, it } from 'vitest';
import { addressesValue, unaddressedValues } from '../../src/bank/constraint-coverage.ts';

describe('constraint values addressed by an answer', () => {
  it.each([
    ['8-core', 'Run it on 8 cores with headroom.'],
    ['8-core', 'the 8-core host'],
    ['$50K/mo', 'spend $50K per month on infra'],
    ['$50K/mo', 'a budget of $50,000/mo'],
    ['99.95%', 'keeps 99.95 % availability'],
    ['99.95% uptime', 'an SLO of 99.95% (21.6min/mo)'],
    ['Solana v1.18', 'pin Solana 1.18 in CI'],
    ['Rust 1.83', 'rust-toolchain pins Rust 1.83'],
    ['1Gbps', 'a 1 Gbps link'],
    ['3mo', 'over 3 months'],
    ['3 Sec', '**Sec** (3) runs the ceremonies'],
    ['2 QA', 'with 2 QA engineers'],
    ['50 clients', 'each of 50 institutional clients'],
    ['Sec team bottleneck', 'easing the Sec team bottleneck'],
    ['SOC-2', 'meets SOC 2 controls'],
  ])('"%s" is addressed by "%s"', (value, answer) => {
    expect(addressesValue(value, answer)).toBe(true);
  });

  it.each([
    ['8-core', 'an 8GB cache on 16 cores'],
    ['$50K/mo', 'spend $50K per year'],
    ['$50K/mo', 'spend $5K/mo'],
    ['99.95%', 'aim for 99.9% availability'],
    ['Solana v1.18', 'pin Solana 1.17'],
    ['3 Sec', 'finishes in 3 seconds'],
    ['Sec team bottleneck', 'in a second step'],
    ['libp2p', 'use a gossip mesh'],
  ])('"%s" is not addressed by "%s"', (value, answer) => {
    expect(addressesValue(value, answer)).toBe(false);
  });

  it('names each unaddressed value with its category', () => {
    const constraints = [
      { category: 'Technical', text: '8-core, 32GB, 1Gbps' },
      { category: 'Operational', text: '99.95% uptime, 30% headroom' },
    ];
    const answer = 'Use 8 cores and 32 GB; keep 30% headroom.';
    expect(unaddressedValues(constraints, answer)).toEqual([
      { category: 'Technical', value: '1Gbps' },
      { category: 'Operational', value: '99.95% uptime' },
    ]);
  });
});
