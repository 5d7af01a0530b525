/**
 * Slack over HTTP behind a load balancer: two `npm start` processes on two ports share one PostgreSQL
 * database. Nothing lives between requests in a process, so a question asked of one is answered
 * through the other; and the daily round both of them see due is posted once.
 */
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchedules } from '../../../src/schedule/index.ts';
import { openStore } from '../../../src/store/index.ts';
import { ANSWER_VIEW, encodeAnswerMetadata } from '../../../adapters/slack/ids.ts';
import { cleanEnv, startChild, type Child } from '../../helpers/child.ts';
import { CONTENT } from '../../helpers/paths.ts';
import { freshPostgresUrl } from '../../helpers/postgres.ts';
import { shippedBank } from '../../helpers/practice.ts';
import { FakeSlack, postToApp } from './fake-slack.ts';
import { slashCommand, viewSubmission, type Person } from './payloads.ts';

const SECRET = '0123456789abcdef0123456789abcdef';
const ROUND_CHANNEL = 'C0ROUNDS';
const ana: Person = { id: 'UANA', name: 'ana' };
const fake = new FakeSlack();
let url: string;
let db: pg.Client;
const processes: { child: Child; port: number }[] = [];

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

beforeAll(async () => {
  await fake.start();
  fake.users.set(ana.id, { id: ana.id, name: 'Ana', tz: 'UTC' });
  url = await freshPostgresUrl();
  const store = await openStore(url);
  const due = new Date(Date.now() - 2 * 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  await createSchedules({ store, bank: shippedBank, clock: { now: () => Date.now() - 3_600_000 } })
    .setSchedule({ user: { platform: 'slack', platformUserId: 'UOWNER', displayName: 'Olga', timeZone: 'UTC' }, isChannelAdmin: true }, { platform: 'slack', scope: 'slack:T1', channelId: ROUND_CHANNEL }, { time, timeZone: 'UTC', windowHours: 2 });
  await store.close();
  db = new pg.Client({ connectionString: url });
  await db.connect();
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const child = startChild(['src/main.ts'], cleanEnv({ DATABASE_URL: url, BANK_PATH: CONTENT, SLACK_BOT_TOKEN: 'xoxb-one-workspace-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), LOG_LEVEL: 'info' }));
    processes.push({ child, port });
  }
  await Promise.all(processes.map((p) => p.child.waitFor('slack-started', 60_000)));
}, 90_000);

afterAll(async () => {
  for (const p of processes) p.child.process.kill('SIGTERM');
  const exits = await Promise.all(processes.map((p) => p.child.exited));
  await db?.end();
  await fake.stop();
  expect(exits.map((e) => e.code)).toEqual([0, 0]);
}, 30_000);

describe('Slack HTTP in two processes on one PostgreSQL', () => {
  it('a question asked through one process is answered and scored through the other', async () => {
    const [a, b] = processes;
    const res = await postToApp(a!.port, SECRET, slashCommand('practice Q1', ana, fake.responseUrl('q1')), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    await fake.waitFor('response_url', (c) => c.body.id === 'q1', 15_000);
    const meta = encodeAnswerMetadata({ questionId: 'Q1', roundId: null, channelId: 'C0PRACTICE' });
    const answered = await postToApp(b!.port, SECRET, viewSubmission(ANSWER_VIEW, meta, 'A circuit breaker keeps 99.95% uptime on 8 cores; the trade-off is latency.', ana), 'application/x-www-form-urlencoded');
    expect(answered.status).toBe(200);
    await fake.waitFor('chat.postEphemeral', (c) => c.body.user === ana.id, 15_000);
    expect((await db.query('SELECT count(*)::int AS n FROM attempts')).rows[0].n).toBe(1);
    // The leaderboard asked of the first process counts the answer the second one recorded.
    const board = await postToApp(a!.port, SECRET, slashCommand('leaderboard all', ana, fake.responseUrl('lb')), 'application/x-www-form-urlencoded');
    expect(board.status).toBe(200);
    const reply = await fake.waitFor('response_url', (c) => c.body.id === 'lb', 15_000);
    expect(JSON.stringify(reply.body)).toContain(' 1 candidate ·');
  });

  it('posts the daily round both processes see due exactly once', async () => {
    await fake.waitFor('chat.postMessage', (c) => c.body.channel === ROUND_CHANNEL, 20_000);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === ROUND_CHANNEL)).toHaveLength(1);
    expect((await db.query("SELECT count(*)::int AS n FROM rounds WHERE status = 'open'")).rows[0].n).toBe(1);
  });
});
