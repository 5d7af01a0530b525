/**
 * 1,000 channels' daily rounds due at the same minute, claimed by 4 OS processes on one PostgreSQL
 * database (as 4 shard processes would be), each pacing its posts at its share of 50 requests/s, against
 * a fake that refuses (429) anything over 50 requests in any second. Real time: the floor is 20 s.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { loadBank } from '../src/bank/load.ts';
import { createSchedules } from '../src/schedule/index.ts';
import { openStore } from '../src/store/index.ts';
import type { Figure } from './harness.ts';
import { startBenchPostgres } from './postgres.ts';

const CHANNELS = 1000;
const PROCESSES = 4;
const LIMIT = 50;

export async function benchRoundProcesses(): Promise<Figure[]> {
  const bench = await startBenchPostgres();
  const database = `coach_bench_rounds_${Date.now()}`;
  try {
    await bench.createDatabase(database);
    const url = bench.url(database);
    const bank = loadBank('content');
    const store = await openStore(url);
    const now = new Date();
    const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
    const schedules = createSchedules({ store, bank: () => bank, clock: { now: () => Date.now() - 3_600_000 } });
    const admin = { user: { platform: 'discord', platformUserId: 'admin', displayName: 'Admin', timeZone: 'UTC' }, isChannelAdmin: true };
    for (let i = 0; i < CHANNELS; i++) await schedules.setSchedule(admin, { platform: 'discord', scope: `discord:g${i % 50}`, channelId: `c${i}` }, { time, timeZone: 'UTC', windowHours: 8 });
    await store.close();

    // The fake: every accepted post counted per channel; over 50 in the last second is a 429.
    const accepted = new Map<string, number>();
    const window: number[] = [];
    let refused = 0;
    let last = 0;
    const server = createServer((req, res) => {
      const t = performance.now();
      while (window.length > 0 && window[0]! <= t - 1000) window.shift();
      if (window.length >= LIMIT) {
        refused++;
        res.writeHead(429, { 'retry-after': '1' }).end();
        return;
      }
      window.push(t);
      const channel = /\/channels\/(\w+)\//.exec(req.url ?? '')![1]!;
      accepted.set(channel, (accepted.get(channel) ?? 0) + 1);
      last = t;
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

    const workers = Array.from({ length: PROCESSES }, () => spawn(process.execPath, ['--import', 'tsx', 'bench/round-worker.ts', url, base, String(1 / PROCESSES)], { stdio: ['pipe', 'pipe', 'inherit'] }));
    const outputs = workers.map((w) => {
      let out = '';
      w.stdout.on('data', (d: Buffer) => (out += d.toString()));
      return () => out;
    });
    const exited = workers.map((w) => new Promise((r) => w.on('close', r)));
    while (!outputs.every((o) => o().includes('ready'))) await new Promise((r) => setTimeout(r, 50));
    const go = performance.now();
    for (const w of workers) w.stdin.write('go\n');
    const deadline = go + 90_000;
    while (accepted.size < CHANNELS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Time for a second post of anything, had any process been going to make one.
    await new Promise((r) => setTimeout(r, 3_000));
    for (const w of workers) w.stdin.end();
    await Promise.all(exited);
    server.close();
    const perProcess = outputs.map((o) => (JSON.parse(o().trim().split('\n').at(-1)!) as { posted: number }).posted);
    const twice = [...accepted.values()].filter((n) => n > 1).length;
    const makespan = last - go;
    const floor = (CHANNELS / LIMIT) * 1000;
    return [
      { name: `rounds posted (${CHANNELS} channels due at one minute, ${PROCESSES} processes, fake limit ${LIMIT} req/s)`, value: `${accepted.size} / ${CHANNELS}`, goal: `all ${CHANNELS}`, ok: accepted.size === CHANNELS },
      { name: 'rounds posted twice', value: String(twice), goal: '0', ok: twice === 0 },
      { name: 'posts per process', value: perProcess.join(' / ') },
      { name: 'requests refused by the limit (429)', value: String(refused) },
      { name: 'makespan, real time (processes told to go → last post accepted)', value: `${(makespan / 1000).toFixed(2)} s (floor ${(floor / 1000).toFixed(0)} s, +${(((makespan - floor) / floor) * 100).toFixed(0)} %)` },
    ];
  } finally {
    await bench.dropDatabase(database).catch(() => {});
    await bench.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printFigures } = await import('./harness.ts');
  printFigures('Daily rounds in 4 processes on PostgreSQL', await benchRoundProcesses());
}
