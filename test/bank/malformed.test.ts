import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BankHolder } from '../../src/bank/holder.ts';
import { loadBank } from '../../src/bank/load.ts';
import { BankValidationError, formatProblem } from '../../src/bank/problems.ts';
import { contentCopy } from '../helpers/paths.ts';

function problemsOf(dir: string): string[] {
  try {
    loadBank(dir);
  } catch (err) {
    if (err instanceof BankValidationError) return err.problems.map(formatProblem);
    throw err;
  }
  return [];
}

function edit(dir: string, file: string, change: (text: string) => string): string {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return path;
}

function lineOf(dir: string, file: string, needle: string): number {
  return readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('a malformed content file names file:line: field: problem and never half-loads', () => {
  it('bad YAML', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q03.yaml', (t) => t.replace('difficulty: A', 'difficulty: [A'));
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/questions\/Q03\.yaml:\d+: \(yaml\): /);
  });

  it('a missing field', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q05.yaml', (t) => t.replace(/^keyInsight:.*\n(  .*\n)*/m, ''));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/questions\/Q05\.yaml:\d+: keyInsight: is missing/));
  });

  it('an unknown difficulty, with its line', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q07.yaml', (t) => t.replace('difficulty: F', 'difficulty: Z'));
    const line = lineOf(dir, 'questions/Q07.yaml', 'difficulty: Z');
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(new RegExp(`questions/Q07\\.yaml:${line}: difficulty: `)));
  });

  it('an unknown phase, with its line', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q08.yaml', (t) => t.replace('  - Dev\n', '  - Develop\n'));
    const line = lineOf(dir, 'questions/Q08.yaml', '- Develop');
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(new RegExp(`questions/Q08\\.yaml:${line}: phases\\.1: `)));
  });

  it('a duplicate id names both places', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q09.yaml', (t) => t.replace('id: Q9', 'id: Q8'));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/questions\/Q09\.yaml:2: id: duplicate id Q8 \(first at .*questions\/Q08\.yaml:2\)/));
  });

  it('a dangling citation', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q02.yaml', (t) => t.replace(/\[C5,(\s+)C13\]/, '[C5,$1C99]'));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/questions\/Q02\.yaml:\d+: citations: C99 is not defined in the references/));
  });

  it('a reload that fails keeps the previous good bank', () => {
    const dir = contentCopy();
    const holder = new BankHolder(dir);
    const before = holder.bank;
    edit(dir, 'questions/Q01.yaml', (t) => t.replace('difficulty: F', 'difficulty: nope'));
    const result = holder.reload();
    expect(result.ok).toBe(false);
    expect(holder.bank).toBe(before);
    expect(holder.bank.entries).toHaveLength(28);
  });

  it('fuzzed files give validation errors, never crashes', () => {
    const dir = contentCopy();
    const path = join(dir, 'questions/Q01.yaml');
    const original = readFileSync(path, 'utf8');
    fc.assert(
      fc.property(fc.nat(original.length), fc.nat(200), fc.string({ maxLength: 30 }), (at, cut, insert) => {
        writeFileSync(path, original.slice(0, at) + insert + original.slice(at + cut));
        try {
          loadBank(dir);
        } catch (err) {
          expect(err).toBeInstanceOf(BankValidationError);
          for (const p of (err as BankValidationError).problems) expect(formatProblem(p)).toMatch(/^.+:\d+: .+: .+/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
