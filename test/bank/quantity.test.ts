import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuantities, sameQuantity } from '../../src/bank/quantity.ts';

const one = (text: string) => {
  const qs = extractQuantities(text).filter((q) => q.dimension !== 'number');
  expect(qs, text).toHaveLength(1);
  return qs[0]!;
};
const same = (a: string, b: string) => sameQuantity(one(a), one(b));

describe('quantities are normalised before they are compared', () => {
  it('reads the same value in different notations', () => {
    expect(same('8K TPS', '8,000 TPS')).toBe(true);
    expect(same('8K TPS', 'eight thousand TPS')).toBe(true);
    expect(same('32GB', '32 GiB')).toBe(true);
    expect(same('1Gbps', '1000 Mbps')).toBe(true);
    expect(same('100ms', '0.1 s')).toBe(true);
    expect(same('3mo', '90 days')).toBe(true);
    expect(same('$200K/mo', '$2.4M/yr')).toBe(true);
    expect(same('8-core', '8 cores')).toBe(true);
    expect(same('8核', '8 cores')).toBe(true);
    expect(same('100毫秒', '100ms')).toBe(true);
  });

  it('reads an amount in 万 as money in a sentence about money, and as a count elsewhere', () => {
    expect(same('存储账单在 1.2 万上限之内', '$12K/mo')).toBe(true);
    expect(same('预算每月 5 万', '$50K/mo')).toBe(true);
    expect(extractQuantities('覆盖 1.2 万个地址').every((q) => !q.dimension.startsWith('money'))).toBe(true);
  });

  it('keeps different values apart, however close the digits look', () => {
    expect(same('99.95%', '99.5%')).toBe(false);
    expect(same('6 devs', '16 devs')).toBe(false);
    expect(same('32GB', '16GB')).toBe(false);
    expect(same('1Gbps', '1GB')).toBe(false);
    expect(same('100ms', '100s')).toBe(false);
  });

  it('does not read versions, standards and names as quantities', () => {
    for (const text of ['Rust 1.83', 'Solana v1.18', 'EIP-1559', 'SOC-2', 'p99', 'ed25519', 'AES-256', 'libp2p 0.53', 'TLS 1.3']) {
      expect(extractQuantities(text).filter((q) => q.dimension !== 'number'), text).toEqual([]);
    }
    expect(extractQuantities('p99 latency of 48ms').map((q) => q.raw)).toEqual(['48ms']);
  });

  it('never throws and gives finite values on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        for (const q of extractQuantities(text)) {
          expect(Number.isFinite(q.value)).toBe(true);
          expect(q.end).toBeGreaterThan(q.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
