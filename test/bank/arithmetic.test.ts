import { describe, expect, it } from 'vitest';
import { recheckFormulas } from '../../src/bank/arithmetic.ts';

describe('metric arithmetic', () => {
  it('reads bare labelled values in the unit of the result, K included', () => {
    expect(recheckFormulas('HSM(25) + compute(6) + audit logs(3) + reserve(1) = $35K/mo').wrong).toEqual([]);
    expect(recheckFormulas('SREs(90) + bare-metal(12) + SRE on-call(18) = $120K/mo').wrong).toEqual([]);
    const wrong = recheckFormulas('HSM(25) + compute(6) = $35K/mo').wrong;
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.recomputed).toBe(31_000);
  });

  it('keeps explicit units as written and still catches a wrong sum', () => {
    expect(recheckFormulas('RPC(15) + deserialize(8) = 23ms').wrong).toEqual([]);
    expect(recheckFormulas('$1.26M / ($8K + $20K) = 63mo').wrong[0]!.recomputed).toBe(45);
    // A label written with its own scale is not rescaled: $8K + $20K is 28K, not 28M.
    expect(recheckFormulas('infra($8K) + support($20K) = $28M').wrong).toHaveLength(1);
  });

  it('keeps a percentage in percent when the result is one, and as a fraction otherwise', () => {
    expect(recheckFormulas('7.0% × 1.12 = 7.84%').wrong).toEqual([]);
    expect(recheckFormulas('7.0% × 1.12 = 8.84%').wrong).toHaveLength(1);
    expect(recheckFormulas('10TB × 30% = 3TB').wrong).toEqual([]);
  });

  it('does not read a spaced minus as part of a label', () => {
    expect(recheckFormulas('total(10) - fees(3) = $7K').wrong).toEqual([]);
    expect(recheckFormulas('total(10) - fees(3) = $13K').wrong).toHaveLength(1);
  });
});
