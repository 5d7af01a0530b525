/** Issue 13: the CLI as people and scripts use it — files, plain errors, strict options, JSON errors, bounded input. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { captureIo, cli } from '../helpers/cli.ts';
import { cleanEnv, startChild } from '../helpers/child.ts';
import { CONTENT, tempDir } from '../helpers/paths.ts';

const ANSWER = 'A circuit breaker per dependency: 8 cores, 32GB, p99 under 200ms, trading 5% throughput for isolation.';

describe('score and practice take the answer from a file', () => {
  it('score --question Q7 answer.txt reads the file, not stdin', async () => {
    const file = join(tempDir(), 'answer.txt');
    writeFileSync(file, ANSWER);
    const fromFile = await cli(['score', '--question', 'Q7', file, '--json']);
    expect(fromFile.code).toBe(0);
    const fromStdin = await cli(['score', '--question', 'Q7', '--json'], ANSWER);
    expect(JSON.parse(fromFile.out)).toEqual(JSON.parse(fromStdin.out));
    expect(JSON.parse(fromFile.out).wordCount).toBeGreaterThan(10);
  });

  it('score --question Q7 --follow-up 1 grades the answer to that follow-up, and names the twist (issue 14)', async () => {
    const out = await cli(['score', '--question', 'Q7', '--follow-up', '1', '--json'], ANSWER);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.out)).toMatchObject({ questionId: 'Q7', followUp: 1 });
    const plain = await cli(['score', '--question', 'Q7', '--follow-up', '1'], ANSWER);
    expect(plain.err).toMatch(/^Follow-up 1: One of your three RPC providers/);
    expect(await cli(['score', '--follow-up', '1', '--batch', 'x.jsonl'], ANSWER)).toMatchObject({ code: 2, err: expect.stringMatching(/--follow-up goes with --question Qn/) });
    expect(await cli(['score', '--question', 'Q7', '--follow-up', '4'], ANSWER)).toMatchObject({ code: 2, err: expect.stringMatching(/Expected a whole number from 1 to 3/) });
  });

  it('with a terminal on stdin and no file, it says it is reading stdin before waiting', async () => {
    const c = captureIo(ANSWER, true);
    expect(await runCli(['score', '--question', 'Q7'], c.io)).toBe(0);
    expect(c.err()).toMatch(/Reading the answer from this terminal: type it, then press Ctrl-D/);
    const piped = captureIo(ANSWER, false);
    await runCli(['score', '--question', 'Q7'], piped.io);
    expect(piped.err()).toBe('');
  });

  it('more than 64 KB on stdin or in a file is refused politely, without reading on', async () => {
    const big = 'word '.repeat(14_000);
    expect(await cli(['score', '--question', 'Q7'], big)).toMatchObject({ code: 1, err: expect.stringMatching(/^Your answer is over 64 KB; score reads at most 64 KB/) });
    const file = join(tempDir(), 'big.txt');
    writeFileSync(file, big);
    expect(await cli(['practice', '--question', 'Q7', file])).toMatchObject({ code: 1, err: expect.stringMatching(/^Your answer is over 64 KB; the limit is 4,000 characters/) });
  });
});

describe('files that are not there are ordinary mistakes, named plainly', () => {
  const dir = tempDir();
  for (const [argv, message] of [
    [['score', '--batch', join(dir, 'missing.jsonl')], /missing\.jsonl: no such file; expected a JSONL file/],
    [['import', join(dir, 'nope.md'), '--out', join(dir, 'out')], /nope\.md: no such file; expected the seed Markdown file/],
    [['import', dir, '--out', join(dir, 'out')], /: is a folder, not a file; expected the seed Markdown file/],
    [['score', '--question', 'Q1', join(dir, 'answer.txt')], /answer\.txt: no such file; expected a text file holding the answer/],
    [['search', 'x', '--bank', join(dir, 'no-bank')], /no-bank: no such file; expected a content folder or a seed Markdown file/],
    [['export', '--bank', join(dir, 'no-bank')], /no-bank: no such file/],
  ] as const) {
    it(argv.map((a) => a.replace(dir, '…')).join(' '), async () => {
      const result = await cli([...argv]);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.err).not.toMatch(/unexpected error|ENOENT|EISDIR/);
    });
  }
});

describe('export: --bank is what it reads, --out what it writes', () => {
  it('writes the bank to --out and nothing to stdout', async () => {
    const out = join(tempDir(), 'bank.json');
    const result = await cli(['export', '--bank', CONTENT, '--out', out]);
    expect(result).toMatchObject({ code: 0, out: '', err: `wrote 28 entries from ${CONTENT} to ${out}` });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(28);
  });

  it('a positional path is refused instead of being read as a bank or an output', async () => {
    expect(await cli(['export', 'bank.json'])).toMatchObject({ code: 2, err: expect.stringContaining("too many arguments for 'export'") });
    const json = await cli(['export', '--json', 'bank.json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).error).toMatchObject({ code: 'excess-arguments' });
  });

  it('an --out that cannot be written names the path and the reason', async () => {
    const result = await cli(['export', '--out', '/nonexistent/dir/bank.json']);
    expect(result).toMatchObject({ code: 1, err: 'cannot write /nonexistent/dir/bank.json: its folder does not exist' });
  });
});

describe('options are checked strictly', () => {
  it('the usage of each command lists every option it takes', async () => {
    expect((await cli(['practice', '--help'])).out).toMatch(/--user <name>[\s\S]*--json/);
    expect((await cli(['backup', '--help'])).out).toContain('--force');
    expect((await cli(['import', '--help'])).out).toMatch(/--out <dir>[\s\S]*--force/);
    expect((await cli(['--help'])).out).toMatch(/import[\s\S]*validate[\s\S]*search[\s\S]*export[\s\S]*score[\s\S]*practice[\s\S]*backup[\s\S]*discord:register/);
    expect(await cli(['help', 'score'])).toMatchObject({ code: 0, out: expect.stringContaining('--batch <file>') });
    expect(await cli([])).toMatchObject({ code: 2, err: expect.stringContaining('Commands:') });
  });

  it('--limit out of range is refused with the allowed range', async () => {
    for (const limit of ['abc', '0', '101', '2.5', '-3']) {
      const result = await cli(['search', 'circuit', '--limit', limit]);
      expect(result.code).toBe(2);
      expect(result.err).toContain('Expected a whole number from 1 to 100.');
    }
    expect(JSON.parse((await cli(['search', 'circuit', '--limit', '3', '--json'])).out)).toHaveLength(3);
  });

  it('extra arguments are refused, not ignored', async () => {
    expect(await cli(['backup', 'a.db', 'b.db'])).toMatchObject({ code: 2, err: expect.stringContaining("too many arguments for 'backup'. Expected 1 argument but got 2.") });
    expect(await cli(['practice', '--question', 'Q1', 'a.txt', 'b.txt'])).toMatchObject({ code: 2, err: expect.stringContaining("too many arguments for 'practice'") });
    expect(await cli(['score', '--batch', 'x.jsonl', 'extra.txt'])).toMatchObject({ code: 2, err: expect.stringContaining('one file too many') });
  });

  it('unknown options are named with balanced quotes', async () => {
    const result = await cli(['validate', '--stirct']);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toMatch(/^error: unknown option '--stirct'\n?(\(Did you mean --strict\?\))?$/);
    expect(result.err.split("'").length % 2).toBe(1);
  });
});

describe('--json: errors are JSON too', () => {
  const jsonError = (out: string) => JSON.parse(out) as { error: { code: string; message: string } };

  it('usage errors, missing files, unknown questions and refused answers', async () => {
    const cases: [string[], string, string, number][] = [
      [['validate', '--nope', '--json'], 'unknown-option', "unknown option '--nope'", 2],
      [['search', 'x', '--limit', '0', '--json'], 'invalid-argument', 'Expected a whole number from 1 to 100.', 2],
      [['score', '--question', 'Q404', '--json'], 'unknown-question', 'unknown question "Q404"', 1],
      [['score', '--batch', '/nonexistent.jsonl', '--json'], 'not-found', '/nonexistent.jsonl: no such file', 1],
      [['export', '--bank', '/nonexistent', '--json'], 'not-found', '/nonexistent: no such file', 1],
    ];
    for (const [argv, code, message, exit] of cases) {
      const result = await cli(argv);
      expect(result.code, argv.join(' ')).toBe(exit);
      expect(result.err, argv.join(' ')).toBe('');
      expect(jsonError(result.out).error.code).toBe(code);
      expect(jsonError(result.out).error.message).toContain(message);
    }
  });

  it('a broken bank gives its problems as data', async () => {
    const dir = join(tempDir(), 'content');
    mkdirSync(join(dir, 'questions'), { recursive: true });
    const result = await cli(['search', 'x', '--bank', dir, '--json']);
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.out) as { error: { code: string; problems: { file: string; line: number; field: string; message: string }[] } };
    expect(error.code).toBe('bank-invalid');
    expect(error.problems).toContainEqual(expect.objectContaining({ field: '(folder)', message: 'holds no question files' }));
  });
});

describe('score --batch', () => {
  it('a line over 1 MB gets an error line and the others still score', async () => {
    const file = join(tempDir(), 'answers.jsonl');
    const lines = [
      JSON.stringify({ id: 1, question: 'Q1', text: ANSWER }),
      JSON.stringify({ id: 2, question: 'Q1', text: 'x'.repeat(1.2 * 1024 * 1024) }),
      JSON.stringify({ id: 3, question: 'Q2', text: ANSWER }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await cli(['score', '--batch', file]);
    expect(result.code).toBe(1);
    const out = result.out.split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id ?? o.line)).toEqual([1, 2, 3]);
    expect(out[1]).toEqual({ id: null, line: 2, error: 'line is over 1 MB' });
    expect(out[2]).toMatchObject({ id: 3, question: 'Q2', total: expect.any(Number) });
  });
});

describe('bounded standard input, in a real process', () => {
  it('practice stops reading 100 MB of stdin past 64 KB and says the answer is too long', async () => {
    const db = join(tempDir(), 'coach.db');
    const child = startChild(['src/cli/main.ts', 'practice', '--question', 'Q1'], cleanEnv({ DATABASE_PATH: db }));
    let written = 0;
    child.process.stdin.on('error', () => {}); // the child stops reading: EPIPE is the expected end
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const pump = async () => {
      for (let i = 0; i < 100 && !child.process.stdin.destroyed; i++) {
        if (!child.process.stdin.write(chunk)) await new Promise((done) => { child.process.stdin.once('drain', done); child.process.once('close', done); });
        written += chunk.length;
      }
      child.process.stdin.end();
    };
    void pump();
    const { code } = await child.exited;
    expect(code).toBe(1);
    expect(child.errors()).toMatch(/^Your answer is over 64 KB; the limit is 4,000 characters/);
    expect(written).toBeLessThan(10 * 1024 * 1024);
  });
});
