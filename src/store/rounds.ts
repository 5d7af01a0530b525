/**
 * The rounds table: one row per channel and local date, inserted with ON CONFLICT DO NOTHING so that
 * restarts, a second process on the same file and clock jumps all find the day taken. Deliveries (the
 * question, later the summary) are leased before posting so two processes never post the same message.
 */
import type { Database } from 'better-sqlite3';
import type { ChannelKey } from './schedules.ts';

export type RoundStatus = 'posting' | 'open' | 'closed' | 'skipped' | 'failed';

export type RoundRow = ChannelKey & {
  id: number;
  scheduleId: number | null;
  localDate: string;
  timeZone: string;
  dueAt: number;
  questionId: string | null;
  status: RoundStatus;
  windowMinutes: number;
  openedAt: number | null;
  closesAt: number | null;
  summaryPostedAt: number | null;
  tries: number;
  nextTryAt: number | null;
  leaseOwner: string | null;
  leaseUntil: number | null;
  lastError: string | null;
  createdAt: number;
};

export type NewRound = ChannelKey & {
  scheduleId: number;
  localDate: string;
  timeZone: string;
  dueAt: number;
  questionId: string | null;
  status: 'posting' | 'skipped';
  windowMinutes: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  lastError: string | null;
  createdAt: number;
};

/** A participant's best attempt at a round's question within its window. */
export type RoundResultRow = { userId: number; displayName: string; showName: boolean; best: number; answeredAt: number; report: string };

const COLUMNS = `id, schedule_id AS scheduleId, platform, scope, channel_id AS channelId, local_date AS localDate,
  time_zone AS timeZone, due_at AS dueAt, question_id AS questionId, status, window_minutes AS windowMinutes,
  opened_at AS openedAt, closes_at AS closesAt, summary_posted_at AS summaryPostedAt, tries, next_try_at AS nextTryAt,
  lease_owner AS leaseOwner, lease_until AS leaseUntil, last_error AS lastError, created_at AS createdAt`;

/** Each process posts only for the platforms it runs (a Discord bot and a Slack bot may share one file). */
const MINE = 'platform IN (SELECT value FROM json_each(@platforms))';

export function roundsTable(db: Database) {
  const insert = db.prepare(`INSERT INTO rounds (schedule_id, platform, scope, channel_id, local_date, time_zone, due_at,
      question_id, status, window_minutes, lease_owner, lease_until, last_error, created_at)
    VALUES (@scheduleId, @platform, @scope, @channelId, @localDate, @timeZone, @dueAt, @questionId, @status, @windowMinutes,
      @leaseOwner, @leaseUntil, @lastError, @createdAt)
    ON CONFLICT (platform, scope, channel_id, local_date) DO NOTHING`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM rounds WHERE id = ?`);
  const exists = db.prepare('SELECT 1 FROM rounds WHERE platform = ? AND scope = ? AND channel_id = ? AND local_date = ?').pluck();
  // Questions the channel has seen (posted rounds only: a question that never reached it is not used up).
  const usage = db.prepare(`SELECT question_id AS questionId, count(*) AS uses, max(opened_at) AS lastOpened FROM rounds
    WHERE platform = ? AND scope = ? AND channel_id = ? AND opened_at IS NOT NULL GROUP BY question_id`);
  const open = db.prepare(`SELECT ${COLUMNS} FROM rounds WHERE platform = ? AND scope = ? AND channel_id = ? AND status = 'open'
      AND opened_at <= @now AND closes_at > @now ORDER BY opened_at DESC LIMIT 1`);
  // One statement per lease: it cannot interleave with another process's, and RETURNING gives the rows won.
  const leaseQuestions = db.prepare(`UPDATE rounds SET lease_owner = @owner, lease_until = @until
    WHERE status = 'posting' AND coalesce(next_try_at, 0) <= @now AND coalesce(lease_until, 0) <= @now AND ${MINE}
    RETURNING ${COLUMNS}`);
  const leaseSummaries = db.prepare(`UPDATE rounds SET lease_owner = @owner, lease_until = @until
    WHERE status = 'open' AND closes_at <= @now AND coalesce(next_try_at, 0) <= @now AND coalesce(lease_until, 0) <= @now AND ${MINE}
    RETURNING ${COLUMNS}`);
  const opened = db.prepare(`UPDATE rounds SET status = 'open', opened_at = @openedAt, closes_at = @closesAt, tries = 0,
      next_try_at = NULL, lease_owner = NULL, lease_until = NULL, last_error = NULL
    WHERE id = @id AND status = 'posting' AND lease_owner = @owner`);
  const later = db.prepare(`UPDATE rounds SET tries = @tries, next_try_at = @nextTryAt, last_error = @error,
      lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner`);
  const end = db.prepare(`UPDATE rounds SET status = @status, last_error = @error, lease_owner = NULL, lease_until = NULL,
      next_try_at = NULL WHERE id = @id AND status = 'posting' AND (lease_owner IS NULL OR lease_owner = @owner OR lease_until <= @now)`);
  const closed = db.prepare(`UPDATE rounds SET status = 'closed', summary_posted_at = @postedAt, last_error = @error,
      lease_owner = NULL, lease_until = NULL, next_try_at = NULL WHERE id = @id AND status = 'open' AND lease_owner = @owner`);
  // Questions whose grace ran out while nobody held them (a process died mid-post): skipped, not retried forever.
  const stale = db.prepare(`SELECT ${COLUMNS} FROM rounds WHERE status = 'posting' AND due_at <= @before AND coalesce(lease_until, 0) <= @now AND ${MINE}`);
  const nextWake = db.prepare(`SELECT min(CASE WHEN status = 'posting' THEN max(coalesce(next_try_at, 0), coalesce(lease_until, 0))
      ELSE max(closes_at, coalesce(next_try_at, 0), coalesce(lease_until, 0)) END) FROM rounds WHERE status IN ('posting', 'open') AND ${MINE}`).pluck();
  // SQLite takes the bare columns (report, created_at) from the row holding max(total): the best attempt.
  const results = db.prepare(`SELECT a.user_id AS userId, u.display_name AS displayName, u.show_name AS showName,
      max(a.total) AS best, a.created_at AS answeredAt, a.report AS report
    FROM attempts a JOIN users u ON u.id = a.user_id
    WHERE a.round_id = @roundId AND a.question_id = @questionId AND a.created_at >= @from AND a.created_at < @to
    GROUP BY a.user_id`);

  return {
    /** The new round's id, or null when the channel already has a round on that date. */
    insert(round: NewRound): number | null {
      const result = insert.run(round);
      return result.changes === 1 ? Number(result.lastInsertRowid) : null;
    },
    byId: (id: number) => byId.get(id) as RoundRow | undefined,
    exists: (channel: ChannelKey, localDate: string) => exists.get(channel.platform, channel.scope, channel.channelId, localDate) === 1,
    usage: (channel: ChannelKey) => usage.all(channel.platform, channel.scope, channel.channelId) as { questionId: string; uses: number; lastOpened: number }[],
    open: (channel: ChannelKey, now: number) => open.get(channel.platform, channel.scope, channel.channelId, { now }) as RoundRow | undefined,
    /** Questions due (retries, or left by a process that died) on the given platforms, leased to `owner` until `until`. */
    leaseQuestions: (platforms: readonly string[], owner: string, now: number, until: number) => leaseQuestions.all({ platforms: JSON.stringify(platforms), owner, now, until }) as RoundRow[],
    /** Rounds whose window has closed and whose summary is due, leased like questions. */
    leaseSummaries: (platforms: readonly string[], owner: string, now: number, until: number) => leaseSummaries.all({ platforms: JSON.stringify(platforms), owner, now, until }) as RoundRow[],
    markOpen: (id: number, owner: string, openedAt: number, closesAt: number) => opened.run({ id, owner, openedAt, closesAt }).changes === 1,
    retryLater: (id: number, owner: string, tries: number, nextTryAt: number, error: string) => later.run({ id, owner, tries, nextTryAt, error }).changes === 1,
    /** A question that will not be posted: 'failed' (the platform refused) or 'skipped' (too late). */
    endPosting: (id: number, owner: string | null, status: 'failed' | 'skipped', error: string, now: number) => end.run({ id, owner, status, error, now }).changes === 1,
    markClosed: (id: number, owner: string, postedAt: number | null, error: string | null) => closed.run({ id, owner, postedAt, error }).changes === 1,
    stale: (platforms: readonly string[], before: number, now: number) => stale.all({ platforms: JSON.stringify(platforms), before, now }) as RoundRow[],
    /** The earliest instant some round needs a post (question retry or summary); null when none does. */
    nextWake: (platforms: readonly string[]) => nextWake.get({ platforms: JSON.stringify(platforms) }) as number | null,
    results: (roundId: number, questionId: string, from: number, to: number) =>
      (results.all({ roundId, questionId, from, to }) as (Omit<RoundResultRow, 'showName'> & { showName: number })[]).map((r) => ({ ...r, showName: r.showName === 1 })),
  };
}
export type RoundsTable = ReturnType<typeof roundsTable>;
