import { describe, expect, it } from 'vitest';
import { applyAcceptances, parseAcceptances } from '../../src/bank/accepted.ts';

const ERRATA = `# Errata

## Q1
- \`Q1: answer: not accepted here\` — this bullet is outside the section

## Accepted warnings

Intro text.

- \`bank: phases: the Requirements phase is used by no question\` — phases are given metadata
- Q2: metrics: "a = b" does not add up — arithmetic of the seed, kept

## Later
- \`Q3: x: y\` — outside again
`;

describe('accepted warnings in ERRATA.md', () => {
  it('reads only the bullets of the "Accepted warnings" section, key and reason', () => {
    expect(parseAcceptances(ERRATA)).toEqual([
      { key: 'bank: phases: the Requirements phase is used by no question', reason: 'phases are given metadata', line: 10 },
      { key: 'Q2: metrics: "a = b" does not add up', reason: 'arithmetic of the seed, kept', line: 11 },
    ]);
  });

  it('sets aside exact matches, keeps the rest, and reports acceptances that match nothing', () => {
    const warnings = [
      { id: 'bank', field: 'phases', message: 'the Requirements phase is used by no question' },
      { id: 'Q2', field: 'metrics', message: '"a = b" does not add up, differently' },
    ];
    const { warnings: open, accepted } = applyAcceptances(warnings, parseAcceptances(ERRATA));
    expect(accepted).toEqual([{ ...warnings[0], reason: 'phases are given metadata' }]);
    expect(open[0]).toEqual(warnings[1]);
    expect(open[1]).toMatchObject({ id: 'bank', field: 'ERRATA.md', message: expect.stringContaining('line 11 accepts a warning that does not occur') });
  });
});
