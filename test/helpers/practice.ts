/** A practice core on a temp SQLite file, with a clock the test moves and a scorer the answer steers. */
import { join } from 'node:path';
import { loadBank } from '../../src/bank/load.ts';
import type { Bank, Entry } from '../../src/bank/schema.ts';
import { createPractice, seededRandom, type PracticeUser } from '../../src/practice/index.ts';
import { DIMENSIONS, type ScoreReport } from '../../src/scoring/report.ts';
import { openSqlite, sqliteStore, type SqliteStore, type Store } from '../../src/store/index.ts';
import { CONTENT, tempDir } from './paths.ts';

let shipped: Bank | undefined;
export const shippedBank = () => (shipped ??= loadBank(CONTENT));

type Shape = Pick<Entry, 'id' | 'difficulty' | 'status' | 'dimension' | 'phases' | 'stakeholders'>;
const SHAPES: Shape[] = [
  { id: 'Q1', difficulty: 'F', status: 'complete', dimension: 'Structural', phases: ['Design', 'Dev'], stakeholders: ['Arch', 'Dev'] },
  { id: 'Q2', difficulty: 'F', status: 'complete', dimension: 'Data', phases: ['Ops'], stakeholders: ['SRE'] },
  { id: 'Q3', difficulty: 'F', status: 'incomplete', dimension: 'Structural+Compliance', phases: ['Design'], stakeholders: ['Sec'] },
  { id: 'Q4', difficulty: 'I', status: 'complete', dimension: 'Behavioral', phases: ['Testing'], stakeholders: ['QA'] },
  { id: 'Q5', difficulty: 'A', status: 'complete', dimension: 'Evolution', phases: ['Ops'], stakeholders: ['SRE', 'Lead'] },
  { id: 'Q6', difficulty: 'A', status: 'incomplete', dimension: 'Evolution', phases: ['Maintenance'], stakeholders: ['PM'] },
];

let fixture: Bank | undefined;
/**
 * Six questions with known tags, built from a shipped entry's text, so selection tests do not break
 * when content/ is edited. No question is in the Requirements phase or has the BA stakeholder.
 */
export function fixtureBank(): Bank {
  if (fixture) return fixture;
  const base = shippedBank();
  const text = base.entries.find((e) => e.status === 'complete')!;
  const entries = SHAPES.map((shape) => ({
    ...text,
    ...shape,
    question: `${text.question} (${shape.id})`,
    ...(shape.status === 'incomplete' ? { answer: null, code: null, metrics: null, tradeOffs: [], stakeholderNotes: [], statedWordCount: null } : {}),
  }));
  return (fixture = { ...base, entries, version: 'fixture-1' });
}

export const DAY = 86_400_000;
/** Monday 6 January 2025, 09:00 UTC. */
export const MONDAY = Date.UTC(2025, 0, 6, 9);

export function fakeClock(start = MONDAY) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

/**
 * The answer sets its own score: `total=72` and `metrics=10` (percent of the dimension). Dimensions not
 * named score the total. The real scorer is tested in test/scoring; here only the plumbing matters.
 */
export function steeredReport(entry: Entry, text: string): ScoreReport {
  const num = (key: string) => {
    const m = new RegExp(`\\b${key}=(\\d+)`).exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const total = num('total') ?? 50;
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, { score: ((num(d) ?? total) * 20) / 100, max: 20, covered: [], missed: [] }]),
  ) as unknown as ScoreReport['dimensions'];
  return {
    questionId: entry.id, scorerVersion: 'test', total, dimensions, covered: [], missed: [], wrongNumbers: [], flags: text.includes('flag=copy') ? ['model-answer-copy'] : [], claims: [], cap: null, followUp: null, lang: text.includes('lang=zh') ? ('zh' as const) : ('en' as const),
    feedback: [`steered to ${total}`], readNext: [], wordCount: text.split(/\s+/).filter(Boolean).length,
  };
}

/** A follow-up answer steered the same way, marked with its follow-up number. */
export function steeredFollowUp(entry: Entry, n: number, text: string): ScoreReport {
  return { ...steeredReport(entry, text), followUp: n };
}

/** The scorer the practice tests use: the answer's own `total=` decides. */
export const steeredScorer = { score: steeredReport, scoreFollowUp: steeredFollowUp };

/** `store`: another store (PostgreSQL) instead of a fresh SQLite file. */
export function testPractice(options: { seed?: number; start?: number; dbPath?: string; bank?: Bank; store?: Store } = {}) {
  const dbPath = options.dbPath ?? join(tempDir('coach-practice-'), 'coach.db');
  const store = options.store ?? sqliteStore(openSqlite(dbPath));
  const clock = fakeClock(options.start);
  const bank = options.bank ?? fixtureBank();
  const practice = createPractice({
    store,
    bank: () => bank,
    scorerFor: () => steeredScorer,
    clock,
    random: seededRandom(options.seed ?? 42),
  });
  /** The SQLite connection underneath, for tests that look at rows directly (undefined on PostgreSQL). */
  const db = 'sqlite' in store ? (store as SqliteStore).sqlite.db : undefined!;
  return { practice, store, clock, dbPath, db };
}

export function user(name = 'ada', timeZone = 'UTC', platform = 'terminal'): PracticeUser {
  return { platform, platformUserId: name, displayName: name[0]!.toUpperCase() + name.slice(1), timeZone };
}

/** The better-sqlite3 connection under a SQLite store, for tests that read rows directly. */
export function sqliteDb(store: Store): SqliteStore['sqlite']['db'] {
  if (store.engine !== 'sqlite') throw new Error('this test reads SQLite rows directly');
  return (store as SqliteStore).sqlite.db;
}
