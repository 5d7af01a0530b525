import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BankHolder } from '../../src/bank/holder.ts';
import { loadBank } from '../../src/bank/load.ts';
import { BankValidationError, formatProblem } from '../../src/bank/problems.ts';
import { edit, lineOf, problemsOf } from '../helpers/bank.ts';
import { cli } from '../helpers/cli.ts';
import { contentCopy, tempDir } from '../helpers/paths.ts';




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
      { numRuns: 100 },
    );
    // Each run loads and validates the whole bank (28 entries, their follow-ups and some 3,000 aliases).
  }, 120_000);
});

async function validate(path: string) {
  const { code, out, err } = await cli(['validate', path]);
  return { code, out: `${out}\n${err}` };
}

/** Billion laughs: nine levels of nine aliases, 9^9 nodes if anything expanded it. */
const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => {
  const prev = 'abcdefghi'[i]!;
  return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`;
})].join('\n');

/**
 * Issue 13: files no loader should crash on. Each gives `file:line: field: problem`, a non-zero exit from
 * `validate`, no half-loaded bank, and a reload that keeps the good bank.
 */
describe('files that used to crash or slip through the loader (issue 13)', () => {
  const cases: { name: string; breakIt: (dir: string) => void; problem: (dir: string) => RegExp }[] = [
    {
      name: 'an empty question file',
      breakIt: (dir) => writeFileSync(join(dir, 'questions/Q04.yaml'), ''),
      problem: () => /questions\/Q04\.yaml:1: \(file\): is empty/,
    },
    {
      name: 'a question file holding only a comment',
      breakIt: (dir) => writeFileSync(join(dir, 'questions/Q04.yaml'), '# nothing here yet\n'),
      problem: () => /questions\/Q04\.yaml:1: \(file\): is empty/,
    },
    {
      name: 'a question file that is a list, not an entry',
      breakIt: (dir) => writeFileSync(join(dir, 'questions/Q04.yaml'), '- just\n- a list\n'),
      problem: () => /questions\/Q04\.yaml:1: \(entry\): /,
    },
    {
      name: 'a YAML alias bomb',
      breakIt: (dir) => edit(dir, 'questions/Q05.yaml', (t) => `${t}${ALIAS_BOMB}\n`),
      problem: (dir) => new RegExp(`questions/Q05\\.yaml:${lineOf(dir, 'questions/Q05.yaml', 'b: &b')}: \\(yaml\\): its aliases expand too far`),
    },
    {
      name: 'invalid UTF-8 bytes',
      breakIt: (dir) => {
        const path = join(dir, 'questions/Q06.yaml');
        const text = readFileSync(path);
        const at = text.indexOf('difficulty:');
        writeFileSync(path, Buffer.concat([text.subarray(0, at), Buffer.from([0xff, 0xfe]), text.subarray(at)]));
      },
      problem: (dir) => new RegExp(`questions/Q06\\.yaml:${lineOf(dir, 'questions/Q06.yaml', 'difficulty:')}: \\(file\\): is not valid UTF-8 text`),
    },
    {
      name: 'a question file far over the size limit',
      breakIt: (dir) => edit(dir, 'questions/Q07.yaml', (t) => t.replace(/^question: .*$/m, `question: ${'x'.repeat(5 * 1024 * 1024)}`)),
      problem: () => /questions\/Q07\.yaml:1: \(file\): is 5\.0 MB; a file here may be at most 1\.0 MB/,
    },
    {
      name: 'an unknown field, at its own line and by name',
      breakIt: (dir) => edit(dir, 'questions/Q06.yaml', (t) => t.replace(/^difficulty: (\w)$/m, 'difficulty: $1\ndificulty: F')),
      problem: (dir) => new RegExp(`questions/Q06\\.yaml:${lineOf(dir, 'questions/Q06.yaml', 'dificulty: F')}: dificulty: unknown field; did you mean "difficulty"\\?`),
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const dir = contentCopy();
      const holder = new BankHolder(dir);
      const good = holder.bank;
      c.breakIt(dir);
      const problem = c.problem(dir);
      const started = performance.now();
      expect(problemsOf(dir)).toContainEqual(expect.stringMatching(problem));
      // Refused before any expensive work: no 18 s parse of a 50 MB string, no alias expansion.
      expect(performance.now() - started).toBeLessThan(2000);
      const reload = holder.reload();
      expect(reload).toMatchObject({ ok: false, kept: good });
      expect(holder.bank).toBe(good);
      const report = await validate(dir);
      expect(report.code).toBe(1);
      expect(report.out).toMatch(problem);
      expect(report.out).not.toMatch(/unexpected error|Cannot read properties/);
    });
  }

  it('an unknown field of a nested record names its path and line', () => {
    const dir = contentCopy();
    edit(dir, 'questions/Q02.yaml', (t) => t.replace(/^( +)text: (.*)$/m, '$1text: $2\n$1weight: 3'));
    const line = lineOf(dir, 'questions/Q02.yaml', 'weight: 3');
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(new RegExp(`questions/Q02\\.yaml:${line}: constraints\\.0\\.weight: unknown field \\(the fields here are category, `)));
  });

  it('a seed file with no entries (validate README.md) is an error, not "entries: 0"', async () => {
    const file = join(tempDir(), 'README.md');
    writeFileSync(file, '# constraint-coach\n\nAn interview-practice assistant.\n');
    expect(problemsOf(file)).toEqual([expect.stringMatching(/README\.md:1: \(file\): holds no question entries/)]);
    const report = await validate(file);
    expect(report.code).toBe(1);
    expect(report.out).not.toMatch(/^entries: 0$/m);
  });

  it('a reload keeps the good bank even when the loader itself fails unexpectedly', () => {
    const dir = contentCopy();
    const holder = new BankHolder(dir);
    const good = holder.bank;
    // A question file replaced by a folder of the same name: not a file the loader can read.
    const path = join(dir, 'questions/Q09.yaml');
    writeFileSync(path, '');
    rmSync(path);
    mkdirSync(path);
    const reload = holder.reload();
    expect(reload.ok).toBe(false);
    expect(holder.bank).toBe(good);
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/questions\/Q09\.yaml:1: \(file\): is a folder, not a file/));
  });
});
