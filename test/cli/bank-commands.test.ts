import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as runCli } from '../helpers/cli.ts';
import { CONTENT, SEED, tempDir } from '../helpers/paths.ts';

const cli = (...argv: string[]) => runCli(argv);

describe('cli: import, validate, search, export', () => {
  it('imports the seed into a new content folder and refuses to overwrite without --force', async () => {
    const out = join(tempDir(), 'content');
    const first = await cli('import', SEED, '--out', out);
    expect(first.code).toBe(0);
    expect(first.out).toContain('imported 28 entries (13 complete, 15 incomplete)');
    expect(readdirSync(join(out, 'questions'))).toHaveLength(28);
    const second = await cli('import', SEED, '--out', out);
    expect(second.code).toBe(1);
    expect(second.err).toContain('--force');
  });

  it('validate --json prints the fixed keys; warnings fail only with --strict', async () => {
    const plain = await cli('validate', SEED, '--json');
    expect(plain.code).toBe(0);
    const report = JSON.parse(plain.out);
    expect(Object.keys(report)).toEqual(['entries', 'errors', 'warnings', 'accepted', 'stats']);
    expect(report.stats).toMatchObject({ difficulty: { F: 8, I: 11, A: 9 }, incomplete: expect.any(Array), wordCounts: expect.any(Object), statedWordCounts: expect.any(Object) });
    expect(report.stats.phases.Requirements).toBe(0);
    expect(report.stats.zhCitationShare).toBeCloseTo(0.133, 3);
    expect((await cli('validate', SEED, '--strict')).code).toBe(1);
  });

  it('validate of a broken bank exits 1 with file:line problems', async () => {
    const result = await cli('validate', join(tempDir(), 'missing'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/missing:1: \(path\): does not exist/);
  });

  it('search and export', async () => {
    const found = await cli('search', 'circuit', 'breaker', '--bank', CONTENT);
    expect(found.out.split('\n')[0]).toMatch(/^Q7 /);
    const exported = await cli('export', '--json');
    const entries = JSON.parse(exported.out);
    expect(entries).toHaveLength(28);
    expect(entries[0]).toMatchObject({ id: 'Q1', refs: { citations: ['C2', 'C15'] } });
  });

  it('unknown commands and bad options get usage, exit 2', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const bad = await cli('validate', '--nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("unknown option '--nope'");
    expect(bad.err).toContain('usage: npm run cli -- validate [options] [path]');
    expect(existsSync(CONTENT)).toBe(true);
  });
});
