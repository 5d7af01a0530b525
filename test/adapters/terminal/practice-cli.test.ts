import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ScoreReportSchema } from '../../../src/scoring/report.ts';
import { cleanEnv, startChild } from '../../helpers/child.ts';
import { tempDir } from '../../helpers/paths.ts';

async function cli(db: string, args: string[], stdin = '') {
  const child = startChild(['src/cli/main.ts', ...args], cleanEnv({ DATABASE_PATH: db }));
  child.process.stdin.end(stdin);
  const { code } = await child.exited;
  return { code, out: child.output(), err: child.errors() };
}

const rows = (db: string) => {
  const check = new Database(db, { readonly: true });
  try {
    return check.prepare('SELECT u.platform_user_id AS user, a.question_id AS q, a.answer, a.total, a.report FROM attempts a JOIN users u ON u.id = a.user_id ORDER BY a.id').all() as { user: string; q: string; answer: string; total: number; report: string }[];
  } finally {
    check.close();
  }
};

describe('npm run cli -- practice / backup', () => {
  it('practice --json prints the whole report and records the attempt with it', async () => {
    const db = join(tempDir(), 'coach.db');
    const result = await cli(db, ['practice', '--question', 'q1', '--json', '--user', 'lin'], 'Hexagonal ports: 8 cores, 32GB.\n');
    expect(result.code).toBe(0);
    const report = ScoreReportSchema.parse(JSON.parse(result.out));
    expect(report.questionId).toBe('Q1');
    const [row] = rows(db);
    expect(row).toMatchObject({ user: 'lin', q: 'Q1', answer: 'Hexagonal ports: 8 cores, 32GB.', total: report.total });
    expect(JSON.parse(row!.report)).toEqual(report);
  });

  it('practice without --json prints a readable report', async () => {
    const db = join(tempDir(), 'coach.db');
    const result = await cli(db, ['practice', '--question', 'Q2'], 'We trade 10ms of latency for isolation.');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^\nScore \d+\/100/);
    expect(result.out).toContain('Trade-offs');
  });

  it('empty and over-long answers and unknown ids get a clear message, exit 1, and store nothing', async () => {
    const db = join(tempDir(), 'coach.db');
    expect(await cli(db, ['practice', '--question', 'Q1'], '  \n ')).toMatchObject({ code: 1, err: expect.stringContaining('Your answer is empty.') });
    expect(await cli(db, ['practice', '--question', 'Q1'], 'y'.repeat(4001))).toMatchObject({ code: 1, err: expect.stringContaining('the limit is 4,000') });
    expect(await cli(db, ['practice', '--question', 'Q404'], 'an answer')).toMatchObject({ code: 1, err: expect.stringContaining('There is no question "Q404"') });
    expect(rows(db)).toEqual([]);
    expect(await cli(db, ['practice'], 'x')).toMatchObject({ code: 2, err: expect.stringContaining("required option '--question <id>' not specified") });
  });

  it('backup makes a consistent copy and will not overwrite without --force', async () => {
    const dir = tempDir();
    const db = join(dir, 'coach.db');
    expect(await cli(db, ['backup', join(dir, 'copy.db')])).toMatchObject({ code: 1, err: expect.stringContaining('no database') });
    await cli(db, ['practice', '--question', 'Q3'], 'an answer to back up');
    const first = await cli(db, ['backup', join(dir, 'copy.db')]);
    expect(first).toMatchObject({ code: 0, out: expect.stringContaining('Backed up') });
    const copy = new Database(join(dir, 'copy.db'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT answer FROM attempts').pluck().all()).toEqual(['an answer to back up']);
    copy.close();
    expect(await cli(db, ['backup', join(dir, 'copy.db')])).toMatchObject({ code: 1, err: expect.stringContaining('--force') });
    expect((await cli(db, ['backup', join(dir, 'copy.db'), '--force'])).code).toBe(0);
  });

  it('npm start with no tokens runs the terminal session and creates the database', async () => {
    const db = join(tempDir(), 'fresh', 'coach.db');
    const child = startChild(['start', '--silent'], cleanEnv({ DATABASE_PATH: db }), ['npm']);
    child.process.stdin.end('h\nq\n');
    expect((await child.exited).code).toBe(0);
    expect(child.output()).toContain('Commands');
    expect(existsSync(db)).toBe(true);
  });

  it('a wrong setting is named without its value, and nothing starts', async () => {
    const child = startChild(['src/main.ts'], cleanEnv({ DATABASE_PATH: join(tempDir(), 'c.db'), DEFAULT_TIME_ZONE: 'Moon/Base', SLACK_BOT_TOKEN: 'xoxp-secret-value-123' }));
    child.process.stdin.end('');
    expect((await child.exited).code).toBe(2);
    expect(child.errors()).toContain('DEFAULT_TIME_ZONE: expected an IANA time zone');
    expect(child.errors()).toContain('SLACK_BOT_TOKEN: expected a Slack bot token');
    expect(child.errors()).not.toContain('secret-value');
    expect(child.errors()).not.toContain('Moon/Base');
  });

  it('npm start names a mistyped option instead of ignoring it (issue 13)', async () => {
    const child = startChild(['src/main.ts', '--usr', 'ada'], cleanEnv({ DATABASE_PATH: join(tempDir(), 'c.db') }));
    child.process.stdin.end('');
    expect((await child.exited).code).toBe(2);
    expect(child.errors()).toContain("error: unknown option '--usr'\n(Did you mean --user?)\nusage: npm start [-- --user NAME]");
    expect(child.output()).not.toContain('constraint-coach');
  });
});
