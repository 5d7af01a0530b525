/** The attempts table: every answer ever submitted, with the report it got. */
import type { Database } from 'better-sqlite3';
import { DIMENSIONS, isCopied, type DimensionName, type ScoreReport } from '../scoring/report.ts';

export type NewAttempt = {
  userId: number;
  questionId: string;
  answer: string;
  report: ScoreReport;
  bankVersion: string;
  scope: string;
  roundId: number | null;
  /** Which of the entry's follow-ups this answers (1-based); null or absent for a first answer. */
  followUp?: number | null;
  createdAt: number;
};

/** Percent of each dimension's maximum, so dimensions with different maxima compare. */
export type DimensionPercents = Record<DimensionName, number>;

/** What progress needs of an attempt: read from the covering index alone. */
/** `copied`: the answer was flagged as not the candidate's own words; it keeps no streak alive. */
export type AttemptPoint = { questionId: string; total: number; createdAt: number; dimensions: DimensionPercents; copied: boolean };

/** A follow-up answer as progress sees it: its total is the "adaptability" of that moment. */
export type FollowUpPoint = { questionId: string; followUp: number; total: number; createdAt: number };

export type StoredAttempt = Omit<NewAttempt, 'userId' | 'followUp'> & { id: number; scorerVersion: string; total: number; followUp: number | null };

const COLUMN_OF: Record<DimensionName, string> = {
  keyInsight: 'key_insight',
  constraints: 'constraints',
  metrics: 'metrics',
  tradeOffs: 'trade_offs',
  stakeholders: 'stakeholders',
};

export function dimensionPercents(report: ScoreReport): DimensionPercents {
  const out = {} as DimensionPercents;
  for (const d of DIMENSIONS) {
    const { score, max } = report.dimensions[d];
    out[d] = max > 0 ? Math.round((1000 * score) / max) / 10 : 0;
  }
  return out;
}

export type PointRow = { questionId: string; total: number; createdAt: number; copied: number } & Record<DimensionName, number>;

export function pointOf(r: PointRow): AttemptPoint {
  return {
    questionId: r.questionId,
    total: r.total,
    createdAt: r.createdAt,
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, r[d]])) as DimensionPercents,
    copied: r.copied === 1,
  };
}

export function attemptsTable(db: Database) {
  const insert = db.prepare(`INSERT INTO attempts (user_id, question_id, answer, report, total, key_insight, constraints,
      metrics, trade_offs, stakeholders, bank_version, scorer_version, scope, round_id, follow_up, copied, created_at)
    VALUES (@userId, @questionId, @answer, @report, @total, @keyInsight, @constraints, @metrics, @tradeOffs,
      @stakeholders, @bankVersion, @scorerVersion, @scope, @roundId, @followUp, @copied, @createdAt)`);
  const points = db.prepare(`SELECT question_id AS questionId, total, created_at AS createdAt, copied,
      ${DIMENSIONS.map((d) => `${COLUMN_OF[d]} AS ${d}`).join(', ')}
    FROM attempts WHERE user_id = ? AND follow_up IS NULL ORDER BY created_at, id`);
  const followUps = db.prepare(`SELECT question_id AS questionId, follow_up AS followUp, total, created_at AS createdAt
    FROM attempts WHERE user_id = ? AND follow_up IS NOT NULL ORDER BY created_at, id`);
  const full = db.prepare(`SELECT id, question_id AS questionId, answer, report, total, bank_version AS bankVersion,
      scorer_version AS scorerVersion, scope, round_id AS roundId, follow_up AS followUp, created_at AS createdAt
    FROM attempts WHERE user_id = ? ORDER BY created_at, id`);
  const exists = db.prepare('SELECT 1 FROM attempts WHERE id = ?').pluck();

  return {
    insert(a: NewAttempt): number {
      const result = insert.run({
        ...a,
        followUp: a.followUp ?? null,
        copied: isCopied(a.report) ? 1 : 0,
        report: JSON.stringify(a.report),
        total: a.report.total,
        scorerVersion: a.report.scorerVersion,
        ...dimensionPercents(a.report),
      });
      return Number(result.lastInsertRowid);
    },
    /** A user's first answers, oldest first, without answers or reports (follow-up answers are apart). */
    points(userId: number): AttemptPoint[] {
      return (points.all(userId) as PointRow[]).map(pointOf);
    },
    /** A user's follow-up answers, oldest first. */
    followUps: (userId: number) => followUps.all(userId) as FollowUpPoint[],
    /** Everything stored for a user's attempts, reports parsed back. */
    all(userId: number): StoredAttempt[] {
      return (full.all(userId) as (Omit<StoredAttempt, 'report'> & { report: string })[]).map((r) => ({
        ...r,
        report: JSON.parse(r.report) as ScoreReport,
      }));
    },
    exists: (id: number) => exists.get(id) === 1,
  };
}
export type AttemptsTable = ReturnType<typeof attemptsTable>;
