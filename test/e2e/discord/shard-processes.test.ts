/**
 * DISCORD_SHARD_PROCESSES=2: the real `npm start` entry point runs discord.js's ShardingManager, which
 * starts two shard processes against the local fake gateway, on one PostgreSQL database. Interactions
 * for servers on either shard are answered; the daily rounds of channels on both shards are posted
 * once each; killing a shard process mid-round loses no committed attempt, its replacement comes back,
 * and no round is posted twice.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchedules } from '../../../src/schedule/index.ts';
import { openStore } from '../../../src/store/index.ts';
import { cleanEnv, startChild, type Child } from '../../helpers/child.ts';
import { CONTENT } from '../../helpers/paths.ts';
import { freshPostgresUrl } from '../../helpers/postgres.ts';
import { shippedBank } from '../../helpers/practice.ts';
import { ADA, command, edited, interact, submitModal, type Person } from './bot.ts';
import { APP_ID, FAKE_TOKEN, startFakeDiscord, type FakeDiscord } from './fake-discord.ts';

/** A server id that Discord routes to `shard` of 2: (id >> 22) % 2. */
const guildOn = (shard: number) => String((10_000n + BigInt(shard)) << 22n);
const channelOn = (shard: number) => `71000000000000000${shard}`;
const ADMIN: Person = { id: '600000000000000009', name: 'Olga', permissions: 1n << 5n };

/** The payload as sent from a channel of the server on `shard`. */
function inServer(shard: number, payload: Record<string, unknown>): Record<string, unknown> {
  const guild = guildOn(shard);
  const channel = channelOn(shard);
  return { ...payload, guild_id: guild, guild: { id: guild, locale: 'en-US', features: [] }, authorizing_integration_owners: { '0': guild }, channel_id: channel, channel: { id: channel, type: 0, guild_id: guild, name: 'practice' } };
}

const posts = (fake: FakeDiscord, shard: number) => fake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channelOn(shard)}/messages`);

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 40_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let fake: FakeDiscord;
let url: string;
let manager: Child;
let db: pg.Client;

beforeAll(async () => {
  fake = await startFakeDiscord({ shards: 2 });
  url = await freshPostgresUrl();
  // A daily round in one channel of each server, due two minutes ago: the shard processes catch it up at start.
  const store = await openStore(url);
  const due = new Date(Date.now() - 2 * 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  const schedules = createSchedules({ store, bank: shippedBank, clock: { now: () => Date.now() - 3_600_000 } });
  for (const shard of [0, 1]) {
    await schedules.setSchedule({ user: { platform: 'discord', platformUserId: ADMIN.id, displayName: 'Olga', timeZone: 'UTC' }, isChannelAdmin: true },
      { platform: 'discord', scope: `discord:${guildOn(shard)}`, channelId: channelOn(shard) }, { time, timeZone: 'UTC', windowHours: 2 });
  }
  await store.close();
  db = new pg.Client({ connectionString: url });
  await db.connect();
  manager = startChild(['src/main.ts'], cleanEnv({
    DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_SHARD_PROCESSES: '2', DISCORD_REST_API: fake.api,
    DATABASE_URL: url, BANK_PATH: CONTENT, LOG_LEVEL: 'info',
  }));
  await manager.waitFor('discord-shards-started', 90_000);
}, 120_000);

afterAll(async () => {
  manager?.process.kill('SIGTERM');
  await manager?.exited;
  await db?.end();
  await fake?.close();
}, 30_000);

const spawnedPid = (shard: number): number => {
  const lines = manager.output().split('\n').filter((l) => l.includes('"discord-shard-spawned"')).map((l) => JSON.parse(l) as { shard: number; pid: number });
  return lines.filter((l) => l.shard === shard).at(-1)!.pid;
};

describe('Discord in two shard processes on one PostgreSQL', () => {
  it('starts one process per shard, each identifying as its own shard', () => {
    expect([...fake.identified].sort()).toEqual([[0, 2], [1, 2]]);
    expect(fake.connectedShards()).toEqual([0, 1]);
    expect(spawnedPid(0)).not.toBe(spawnedPid(1));
  });

  it('answers interactions for servers on either shard', async () => {
    for (const shard of [0, 1]) {
      const { callback } = await interact(fake, inServer(shard, command(ADA, 'help')), shard);
      expect(callback.body.type).toBe(4);
      expect(callback.body.data.flags & 64).toBe(64);
    }
  });

  it('posts the daily round of each channel once, whichever process claims it', async () => {
    await until(() => posts(fake, 0).length > 0 && posts(fake, 1).length > 0, 'both rounds');
    // Both processes keep ticking: give them time to post a second time, if they were going to.
    await new Promise((r) => setTimeout(r, 3_000));
    expect([posts(fake, 0).length, posts(fake, 1).length]).toEqual([1, 1]);
    const rounds = await db.query("SELECT count(*)::int AS n FROM rounds WHERE status = 'open'");
    expect(rounds.rows[0].n).toBe(2);
  });

  it('kill -9 of a shard process mid-round loses no committed answer, and its replacement posts nothing twice', async () => {
    const post = posts(fake, 1)[0]!;
    const button = post.body.components[0].components[0].custom_id as string;
    const modalId = button.replace(':answer:', ':modal:');
    const roundId = Number(/:r(\d+):/.exec(button)![1]);
    const question = /:(Q\d+):/.exec(button)![1]!;
    const entry = shippedBank().entries.find((e) => e.id === question)!;

    const { token } = await interact(fake, inServer(1, submitModal(ADA, modalId, `${entry.keyInsight} ${entry.constraints.map((c) => c.text).join('. ')}`)), 1);
    const score = await edited(fake, token);
    expect(JSON.stringify(score.body)).toMatch(/\d+\/100/);

    const victim = spawnedPid(1);
    process.kill(victim, 'SIGKILL');
    await until(() => fake.identified.filter(([s]) => s === 1).length >= 2 && fake.connectedShards().length === 2, 'shard 1 to come back');
    expect(spawnedPid(1)).not.toBe(victim);

    const attempts = await db.query('SELECT count(*)::int AS n FROM attempts WHERE round_id = $1', [roundId]);
    expect(attempts.rows[0].n).toBe(1);
    // The new process started, caught up on rounds, and found both already posted.
    await new Promise((r) => setTimeout(r, 3_000));
    expect([posts(fake, 0).length, posts(fake, 1).length]).toEqual([1, 1]);
    const { callback } = await interact(fake, inServer(1, command(ADA, 'help')), 1);
    expect(callback.body.type).toBe(4);
  });

  it('stops every shard process on SIGTERM and exits cleanly', async () => {
    const pids = [spawnedPid(0), spawnedPid(1)];
    manager.process.kill('SIGTERM');
    const { code } = await manager.exited;
    expect(code).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});
