/**
 * The store port's tables on PostgreSQL: the same methods and results as the SQLite tables beside
 * src/store/, in PostgreSQL's SQL. Statements are named, so each connection prepares them once.
 * Column aliases are quoted because PostgreSQL folds unquoted names to lower case.
 */
import type { QueryResult, QueryResultRow } from 'pg';
import { dimensionPercents, pointOf, type AttemptPoint, type FollowUpPoint, type PointRow, type NewAttempt, type StoredAttempt } from '../attempts.ts';
import type { InstallationRow } from '../installations.ts';
import type { LangSetting } from '../../i18n/index.ts';
import type { MockRow, NewMock } from '../mocks.ts';
import type { Tables } from '../port.ts';
import { isCopied } from '../../scoring/report.ts';
import type { ReviewCardRow } from '../review-cards.ts';
import type { NewRound, RoundResultRow, RoundRow } from '../rounds.ts';
import type { ChannelKey, ScheduleFiltersRow, ScheduleRow, ScheduleSettings } from '../schedules.ts';
import type { QuestionBestRow, StandingRow } from '../standings.ts';
import type { UserIdentity, UserRow } from '../users.ts';
import { DIMENSIONS, type ScoreReport } from '../../scoring/report.ts';

/** A pool (each call on any free connection) or one connection holding a transaction. */
export type Queryable = { query<R extends QueryResultRow = QueryResultRow>(config: { name: string; text: string; values: unknown[] }): Promise<QueryResult<R>> };

type Statement = { name: string; text: string };
const statement = (name: string, text: string): Statement => ({ name, text: text.replace(/\s+/g, ' ').trim() });

async function all<R extends QueryResultRow>(db: Queryable, s: Statement, values: unknown[]): Promise<R[]> {
  return (await db.query<R>({ ...s, values })).rows;
}
async function one<R extends QueryResultRow>(db: Queryable, s: Statement, values: unknown[]): Promise<R | undefined> {
  return (await db.query<R>({ ...s, values })).rows[0];
}
async function changes(db: Queryable, s: Statement, values: unknown[]): Promise<number> {
  return (await db.query({ ...s, values })).rowCount ?? 0;
}

// --- users -------------------------------------------------------------------------------------

const USER_COLUMNS = `id, platform, platform_user_id AS "platformUserId", display_name AS "displayName",
  time_zone AS "timeZone", show_name AS "showName", last_question_id AS "lastQuestionId", lang, created_at AS "createdAt"`;

const U = {
  find: statement('users.find', `SELECT ${USER_COLUMNS} FROM users WHERE platform = $1 AND platform_user_id = $2`),
  // Locks the user's row until the transaction ends: every write about one user (an answer, a pick,
  // forget-me) runs one after the other, as SQLite's single writer does.
  lock: statement('users.lock', `SELECT ${USER_COLUMNS} FROM users WHERE platform = $1 AND platform_user_id = $2 FOR UPDATE`),
  byId: statement('users.byId', `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`),
  upsert: statement('users.upsert', `INSERT INTO users (platform, platform_user_id, display_name, time_zone, created_at)
    VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (platform, platform_user_id) DO UPDATE SET display_name = excluded.display_name, time_zone = excluded.time_zone
    RETURNING ${USER_COLUMNS}`),
  setShowName: statement('users.setShowName', 'UPDATE users SET show_name = $2 WHERE id = $1'),
  setLang: statement('users.setLang', 'UPDATE users SET lang = $2 WHERE id = $1'),
  setLast: statement('users.setLast', 'UPDATE users SET last_question_id = $2 WHERE id = $1 AND last_question_id IS DISTINCT FROM $2'),
  remove: statement('users.remove', 'DELETE FROM users WHERE id = $1'),
};

function users(db: Queryable): Tables['users'] {
  return {
    find: (platform: string, platformUserId: string) => one<UserRow>(db, U.find, [platform, platformUserId]),
    byId: (id: number) => one<UserRow>(db, U.byId, [id]),
    async ensure(identity: UserIdentity, createdAt: number): Promise<UserRow> {
      const existing = await one<UserRow>(db, U.lock, [identity.platform, identity.platformUserId]);
      if (existing && existing.displayName === identity.displayName && existing.timeZone === identity.timeZone) return existing;
      return (await one<UserRow>(db, U.upsert, [identity.platform, identity.platformUserId, identity.displayName, identity.timeZone, createdAt]))!;
    },
    setShowName: async (id: number, show: boolean) => void (await changes(db, U.setShowName, [id, show])),
    setLang: async (id: number, lang: LangSetting) => void (await changes(db, U.setLang, [id, lang])),
    setLastQuestion: async (id: number, questionId: string) => void (await changes(db, U.setLast, [id, questionId])),
    remove: (id: number) => changes(db, U.remove, [id]),
  };
}

// --- attempts ----------------------------------------------------------------------------------

const DIMENSION_COLUMNS: Record<(typeof DIMENSIONS)[number], string> = {
  keyInsight: 'key_insight',
  constraints: 'constraints',
  metrics: 'metrics',
  tradeOffs: 'trade_offs',
  stakeholders: 'stakeholders',
};

const A = {
  insert: statement('attempts.insert', `INSERT INTO attempts (user_id, question_id, answer, report, total, key_insight, constraints,
      metrics, trade_offs, stakeholders, bank_version, scorer_version, scope, round_id, follow_up, copied, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`),
  points: statement('attempts.points', `SELECT question_id AS "questionId", total, created_at AS "createdAt", copied,
      ${DIMENSIONS.map((d) => `${DIMENSION_COLUMNS[d]} AS "${d}"`).join(', ')}
    FROM attempts WHERE user_id = $1 AND follow_up IS NULL ORDER BY created_at, id`),
  followUps: statement('attempts.followUps', `SELECT question_id AS "questionId", follow_up AS "followUp", total, created_at AS "createdAt"
    FROM attempts WHERE user_id = $1 AND follow_up IS NOT NULL ORDER BY created_at, id`),
  full: statement('attempts.full', `SELECT id, question_id AS "questionId", answer, report, total, bank_version AS "bankVersion",
      scorer_version AS "scorerVersion", scope, round_id AS "roundId", follow_up AS "followUp", created_at AS "createdAt"
    FROM attempts WHERE user_id = $1 ORDER BY created_at, id`),
  exists: statement('attempts.exists', 'SELECT 1 FROM attempts WHERE id = $1'),
};

function attempts(db: Queryable): Tables['attempts'] {
  return {
    async insert(a: NewAttempt): Promise<number> {
      const p = dimensionPercents(a.report);
      const row = await one<{ id: number }>(db, A.insert, [a.userId, a.questionId, a.answer, JSON.stringify(a.report), a.report.total,
        p.keyInsight, p.constraints, p.metrics, p.tradeOffs, p.stakeholders, a.bankVersion, a.report.scorerVersion, a.scope, a.roundId, a.followUp ?? null, isCopied(a.report) ? 1 : 0, a.createdAt]);
      return row!.id;
    },
    async points(userId: number): Promise<AttemptPoint[]> {
      return (await all<PointRow>(db, A.points, [userId])).map(pointOf);
    },
    followUps: (userId: number) => all<FollowUpPoint>(db, A.followUps, [userId]),
    async all(userId: number): Promise<StoredAttempt[]> {
      const rows = await all<Omit<StoredAttempt, 'report'> & { report: string }>(db, A.full, [userId]);
      return rows.map((r) => ({ ...r, report: JSON.parse(r.report) as ScoreReport }));
    },
    exists: async (id: number) => (await one(db, A.exists, [id])) !== undefined,
  };
}

// --- review cards ------------------------------------------------------------------------------

const CARD_COLUMNS = `question_id AS "questionId", due, stability, difficulty, elapsed_days AS "elapsedDays",
  scheduled_days AS "scheduledDays", learning_steps AS "learningSteps", reps, lapses, state, last_review AS "lastReview"`;

const R = {
  get: statement('cards.get', `SELECT ${CARD_COLUMNS} FROM review_cards WHERE user_id = $1 AND question_id = $2`),
  put: statement('cards.put', `INSERT INTO review_cards (user_id, question_id, due, stability, difficulty, elapsed_days,
      scheduled_days, learning_steps, reps, lapses, state, last_review)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
    ON CONFLICT (user_id, question_id) DO UPDATE SET due = excluded.due, stability = excluded.stability,
      difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
      learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses, state = excluded.state,
      last_review = excluded.last_review`),
  due: statement('cards.due', 'SELECT question_id AS "questionId", due FROM review_cards WHERE user_id = $1 AND due <= $2 ORDER BY due, question_id'),
  all: statement('cards.all', `SELECT ${CARD_COLUMNS} FROM review_cards WHERE user_id = $1 ORDER BY question_id`),
};

function reviewCards(db: Queryable): Tables['reviewCards'] {
  return {
    get: (userId: number, questionId: string) => one<ReviewCardRow>(db, R.get, [userId, questionId]),
    put: async (userId: number, c: ReviewCardRow) =>
      void (await changes(db, R.put, [userId, c.questionId, c.due, c.stability, c.difficulty, c.elapsedDays, c.scheduledDays, c.learningSteps, c.reps, c.lapses, c.state, c.lastReview])),
    due: (userId: number, now: number) => all<{ questionId: string; due: number }>(db, R.due, [userId, now]),
    all: (userId: number) => all<ReviewCardRow>(db, R.all, [userId]),
  };
}

// --- standings ---------------------------------------------------------------------------------

const S = {
  best: statement('standings.best', 'SELECT best FROM question_bests WHERE user_id = $1 AND scope = $2 AND period = $3 AND question_id = $4'),
  putBest: statement('standings.putBest', `INSERT INTO question_bests (user_id, scope, period, question_id, best) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (user_id, scope, period, question_id) DO UPDATE SET best = excluded.best`),
  addToSum: statement('standings.addToSum', `INSERT INTO standings (scope, period, user_id, best_sum, questions) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (scope, period, user_id) DO UPDATE SET best_sum = standings.best_sum + excluded.best_sum, questions = standings.questions + excluded.questions`),
  top: statement('standings.top', `SELECT s.user_id AS "userId", u.display_name AS "displayName", u.show_name AS "showName",
      s.best_sum AS "bestSum", s.questions
    FROM standings s JOIN users u ON u.id = s.user_id
    WHERE s.scope = $1 AND s.period = $2 ORDER BY s.best_sum DESC, s.questions DESC, s.user_id LIMIT $3`),
  mine: statement('standings.mine', 'SELECT best_sum AS "bestSum", questions FROM standings WHERE scope = $1 AND period = $2 AND user_id = $3'),
  ahead: statement('standings.ahead', `SELECT count(*) AS n FROM standings WHERE scope = $1 AND period = $2 AND (best_sum > $3
      OR (best_sum = $3 AND (questions > $4 OR (questions = $4 AND user_id < $5))))`),
  count: statement('standings.count', 'SELECT count(*) AS n FROM standings WHERE scope = $1 AND period = $2'),
  userBests: statement('standings.userBests', 'SELECT scope, period, question_id AS "questionId", best FROM question_bests WHERE user_id = $1 ORDER BY scope, period, question_id'),
  userStandings: statement('standings.userStandings', 'SELECT scope, period, best_sum AS "bestSum", questions FROM standings WHERE user_id = $1 ORDER BY scope, period'),
};

function standings(db: Queryable): Tables['standings'] {
  return {
    async record(userId: number, scope: string, periods: string[], questionId: string, total: number): Promise<void> {
      for (const period of periods) {
        const previous = (await one<{ best: number }>(db, S.best, [userId, scope, period, questionId]))?.best;
        if (previous !== undefined && previous >= total) continue;
        await changes(db, S.putBest, [userId, scope, period, questionId, total]);
        await changes(db, S.addToSum, [scope, period, userId, total - (previous ?? 0), previous === undefined ? 1 : 0]);
      }
    },
    top: (scope: string, period: string, limit: number) => all<StandingRow>(db, S.top, [scope, period, limit]),
    async rankOf(scope: string, period: string, userId: number) {
      const row = await one<{ bestSum: number; questions: number }>(db, S.mine, [scope, period, userId]);
      if (!row) return undefined;
      const ahead = (await one<{ n: number }>(db, S.ahead, [scope, period, row.bestSum, row.questions, userId]))!.n;
      return { ...row, rank: 1 + ahead };
    },
    count: async (scope: string, period: string) => (await one<{ n: number }>(db, S.count, [scope, period]))!.n,
    bestsOf: (userId: number) => all<QuestionBestRow>(db, S.userBests, [userId]),
    standingsOf: (userId: number) => all<{ scope: string; period: string; bestSum: number; questions: number }>(db, S.userStandings, [userId]),
  };
}

// --- schedules ---------------------------------------------------------------------------------

const SCHEDULE_COLUMNS = `id, platform, scope, channel_id AS "channelId", time, time_zone AS "timeZone", weekdays, filters,
  window_minutes AS "windowMinutes", status, paused_reason AS "pausedReason", failed_rounds AS "failedRounds",
  active_from AS "activeFrom", created_at AS "createdAt", updated_at AS "updatedAt"`;

type RawSchedule = Omit<ScheduleRow, 'filters'> & { filters: string };
const toSchedule = (raw: RawSchedule): ScheduleRow => ({ ...raw, filters: JSON.parse(raw.filters) as ScheduleFiltersRow });

const SC = {
  find: statement('schedules.find', `SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE platform = $1 AND scope = $2 AND channel_id = $3`),
  byId: statement('schedules.byId', `SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE id = $1`),
  inScope: statement('schedules.inScope', `SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE scope = $1 ORDER BY channel_id`),
  active: statement('schedules.active', `SELECT ${SCHEDULE_COLUMNS} FROM schedules WHERE status = 'active' ORDER BY id`),
  upsert: statement('schedules.upsert', `INSERT INTO schedules (platform, scope, channel_id, time, time_zone, weekdays, filters,
      window_minutes, status, paused_reason, failed_rounds, active_from, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', NULL, 0, $9, $9, $9)
    ON CONFLICT (platform, scope, channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
      weekdays = excluded.weekdays, filters = excluded.filters, window_minutes = excluded.window_minutes,
      status = 'active', paused_reason = NULL, failed_rounds = 0, active_from = excluded.active_from, updated_at = excluded.updated_at
    RETURNING ${SCHEDULE_COLUMNS}`),
  pause: statement('schedules.pause', `UPDATE schedules SET status = 'paused', paused_reason = $2, updated_at = $3 WHERE id = $1`),
  resume: statement('schedules.resume', `UPDATE schedules SET status = 'active', paused_reason = NULL, failed_rounds = 0, active_from = $2, updated_at = $2 WHERE id = $1`),
  failed: statement('schedules.failed', 'UPDATE schedules SET failed_rounds = failed_rounds + 1 WHERE id = $1 RETURNING failed_rounds AS n'),
  posted: statement('schedules.posted', 'UPDATE schedules SET failed_rounds = 0 WHERE id = $1 AND failed_rounds <> 0'),
  remove: statement('schedules.remove', 'DELETE FROM schedules WHERE id = $1'),
};

function schedules(db: Queryable): Tables['schedules'] {
  const many = async (s: Statement, values: unknown[]) => (await all<RawSchedule>(db, s, values)).map(toSchedule);
  const single = async (s: Statement, values: unknown[]) => {
    const raw = await one<RawSchedule>(db, s, values);
    return raw && toSchedule(raw);
  };
  return {
    find: (c: ChannelKey) => single(SC.find, [c.platform, c.scope, c.channelId]),
    byId: (id: number) => single(SC.byId, [id]),
    inScope: (scope: string) => many(SC.inScope, [scope]),
    active: () => many(SC.active, []),
    set: async (s: ScheduleSettings, now: number) =>
      (await single(SC.upsert, [s.platform, s.scope, s.channelId, s.time, s.timeZone, s.weekdays, JSON.stringify(s.filters), s.windowMinutes, now]))!,
    pause: async (id: number, reason: string, now: number) => void (await changes(db, SC.pause, [id, reason, now])),
    resume: async (id: number, now: number) => void (await changes(db, SC.resume, [id, now])),
    recordFailedRound: async (id: number) => (await one<{ n: number }>(db, SC.failed, [id]))?.n ?? 0,
    recordPostedRound: async (id: number) => void (await changes(db, SC.posted, [id])),
    remove: (id: number) => changes(db, SC.remove, [id]),
  };
}

// --- rounds ------------------------------------------------------------------------------------

const ROUND_COLUMNS = `id, schedule_id AS "scheduleId", platform, scope, channel_id AS "channelId", local_date AS "localDate",
  time_zone AS "timeZone", due_at AS "dueAt", question_id AS "questionId", status, window_minutes AS "windowMinutes",
  opened_at AS "openedAt", closes_at AS "closesAt", summary_posted_at AS "summaryPostedAt", tries, next_try_at AS "nextTryAt",
  lease_owner AS "leaseOwner", lease_until AS "leaseUntil", last_error AS "lastError", created_at AS "createdAt"`;

/**
 * A lease is one UPDATE over the rows a subquery picked with FOR UPDATE SKIP LOCKED: rows another
 * process is leasing at this moment are passed over instead of waited for, and RETURNING gives only
 * the rows this process won. The outer WHERE checks the lease again on the locked row.
 */
const lease = (name: string, condition: string) =>
  statement(name, `UPDATE rounds SET lease_owner = $2, lease_until = $3
    WHERE id IN (SELECT id FROM rounds WHERE ${condition} AND coalesce(next_try_at, 0) <= $4 AND coalesce(lease_until, 0) <= $4
        AND platform = ANY ($1) FOR UPDATE SKIP LOCKED)
      AND ${condition} AND coalesce(lease_until, 0) <= $4
    RETURNING ${ROUND_COLUMNS}`);

const RO = {
  insert: statement('rounds.insert', `INSERT INTO rounds (schedule_id, platform, scope, channel_id, local_date, time_zone, due_at,
      question_id, status, window_minutes, lease_owner, lease_until, last_error, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
    ON CONFLICT (platform, scope, channel_id, local_date) DO NOTHING RETURNING id`),
  byId: statement('rounds.byId', `SELECT ${ROUND_COLUMNS} FROM rounds WHERE id = $1`),
  exists: statement('rounds.exists', 'SELECT 1 FROM rounds WHERE platform = $1 AND scope = $2 AND channel_id = $3 AND local_date = $4'),
  usage: statement('rounds.usage', `SELECT question_id AS "questionId", count(*) AS uses, max(opened_at) AS "lastOpened" FROM rounds
    WHERE platform = $1 AND scope = $2 AND channel_id = $3 AND opened_at IS NOT NULL GROUP BY question_id`),
  open: statement('rounds.open', `SELECT ${ROUND_COLUMNS} FROM rounds WHERE platform = $1 AND scope = $2 AND channel_id = $3 AND status = 'open'
      AND opened_at <= $4 AND closes_at > $4 ORDER BY opened_at DESC LIMIT 1`),
  leaseQuestions: lease('rounds.leaseQuestions', `status = 'posting'`),
  leaseSummaries: lease('rounds.leaseSummaries', `status = 'open' AND closes_at <= $4`),
  opened: statement('rounds.opened', `UPDATE rounds SET status = 'open', opened_at = $3, closes_at = $4, tries = 0,
      next_try_at = NULL, lease_owner = NULL, lease_until = NULL, last_error = NULL
    WHERE id = $1 AND status = 'posting' AND lease_owner = $2`),
  later: statement('rounds.later', `UPDATE rounds SET tries = $3, next_try_at = $4, last_error = $5,
      lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2`),
  end: statement('rounds.end', `UPDATE rounds SET status = $3, last_error = $4, lease_owner = NULL, lease_until = NULL,
      next_try_at = NULL WHERE id = $1 AND status = 'posting' AND (lease_owner IS NULL OR lease_owner = $2 OR lease_until <= $5)`),
  closed: statement('rounds.closed', `UPDATE rounds SET status = 'closed', summary_posted_at = $3, last_error = $4,
      lease_owner = NULL, lease_until = NULL, next_try_at = NULL WHERE id = $1 AND status = 'open' AND lease_owner = $2`),
  stale: statement('rounds.stale', `SELECT ${ROUND_COLUMNS} FROM rounds WHERE status = 'posting' AND due_at <= $2 AND coalesce(lease_until, 0) <= $3
    AND platform = ANY ($1)`),
  nextWake: statement('rounds.nextWake', `SELECT min(CASE WHEN status = 'posting' THEN greatest(coalesce(next_try_at, 0), coalesce(lease_until, 0))
      ELSE greatest(closes_at, coalesce(next_try_at, 0), coalesce(lease_until, 0)) END) AS at
    FROM rounds WHERE status IN ('posting', 'open') AND platform = ANY ($1)`),
  // Each participant's best attempt (the earliest of equal bests), as SQLite's bare columns give it.
  results: statement('rounds.results', `SELECT DISTINCT ON (a.user_id) a.user_id AS "userId", u.display_name AS "displayName",
      u.show_name AS "showName", a.total AS best, a.created_at AS "answeredAt", a.report
    FROM attempts a JOIN users u ON u.id = a.user_id
    WHERE a.round_id = $1 AND a.question_id = $2 AND a.created_at >= $3 AND a.created_at < $4
    ORDER BY a.user_id, a.total DESC, a.created_at, a.id`),
};

function rounds(db: Queryable): Tables['rounds'] {
  return {
    async insert(r: NewRound): Promise<number | null> {
      const row = await one<{ id: number }>(db, RO.insert, [r.scheduleId, r.platform, r.scope, r.channelId, r.localDate, r.timeZone, r.dueAt,
        r.questionId, r.status, r.windowMinutes, r.leaseOwner, r.leaseUntil, r.lastError, r.createdAt]);
      return row?.id ?? null;
    },
    byId: (id: number) => one<RoundRow>(db, RO.byId, [id]),
    exists: async (c: ChannelKey, localDate: string) => (await one(db, RO.exists, [c.platform, c.scope, c.channelId, localDate])) !== undefined,
    usage: (c: ChannelKey) => all<{ questionId: string; uses: number; lastOpened: number }>(db, RO.usage, [c.platform, c.scope, c.channelId]),
    open: (c: ChannelKey, now: number) => one<RoundRow>(db, RO.open, [c.platform, c.scope, c.channelId, now]),
    leaseQuestions: (platforms: readonly string[], owner: string, now: number, until: number) => all<RoundRow>(db, RO.leaseQuestions, [platforms, owner, until, now]),
    leaseSummaries: (platforms: readonly string[], owner: string, now: number, until: number) => all<RoundRow>(db, RO.leaseSummaries, [platforms, owner, until, now]),
    markOpen: async (id: number, owner: string, openedAt: number, closesAt: number) => (await changes(db, RO.opened, [id, owner, openedAt, closesAt])) === 1,
    retryLater: async (id: number, owner: string, tries: number, nextTryAt: number, error: string) => (await changes(db, RO.later, [id, owner, tries, nextTryAt, error])) === 1,
    endPosting: async (id: number, owner: string | null, status: 'failed' | 'skipped', error: string, now: number) => (await changes(db, RO.end, [id, owner, status, error, now])) === 1,
    markClosed: async (id: number, owner: string, postedAt: number | null, error: string | null) => (await changes(db, RO.closed, [id, owner, postedAt, error])) === 1,
    stale: (platforms: readonly string[], before: number, now: number) => all<RoundRow>(db, RO.stale, [platforms, before, now]),
    nextWake: async (platforms: readonly string[]) => (await one<{ at: number | null }>(db, RO.nextWake, [platforms]))?.at ?? null,
    results: (roundId: number, questionId: string, from: number, to: number) => all<RoundResultRow>(db, RO.results, [roundId, questionId, from, to]),
  };
}

// --- slack installations -----------------------------------------------------------------------

const INSTALL_COLUMNS = `install_key AS "installKey", team_id AS "teamId", enterprise_id AS "enterpriseId", sealed,
  installed_at AS "installedAt", updated_at AS "updatedAt"`;

const I = {
  put: statement('installations.put', `INSERT INTO slack_installations (install_key, team_id, enterprise_id, sealed, installed_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
      sealed = excluded.sealed, updated_at = excluded.updated_at`),
  get: statement('installations.get', `SELECT ${INSTALL_COLUMNS} FROM slack_installations WHERE install_key = $1`),
  remove: statement('installations.remove', 'DELETE FROM slack_installations WHERE install_key = $1'),
  count: statement('installations.count', 'SELECT count(*) AS n FROM slack_installations'),
};

function installations(db: Queryable): Tables['installations'] {
  return {
    put: async (r: InstallationRow) => void (await changes(db, I.put, [r.installKey, r.teamId, r.enterpriseId, r.sealed, r.installedAt, r.updatedAt])),
    get: (installKey: string) => one<InstallationRow>(db, I.get, [installKey]),
    remove: (installKey: string) => changes(db, I.remove, [installKey]),
    count: async () => (await one<{ n: number }>(db, I.count, []))!.n,
  };
}

// --- mocks -------------------------------------------------------------------------------------

const MOCK_COLUMNS = `id, user_id AS "userId", status, state, overall, created_at AS "createdAt", updated_at AS "updatedAt", finished_at AS "finishedAt"`;

const M = {
  insert: statement('mocks.insert', `INSERT INTO mocks (user_id, status, state, created_at, updated_at) VALUES ($1, 'active', $2, $3, $3) RETURNING id`),
  byId: statement('mocks.byId', `SELECT ${MOCK_COLUMNS} FROM mocks WHERE id = $1`),
  active: statement('mocks.active', `SELECT ${MOCK_COLUMNS} FROM mocks WHERE user_id = $1 AND status = 'active'`),
  save: statement('mocks.save', `UPDATE mocks SET state = $2, updated_at = $3 WHERE id = $1 AND status = 'active'`),
  finish: statement('mocks.finish', `UPDATE mocks SET status = 'finished', state = $2, overall = $3, updated_at = $4, finished_at = $4
    WHERE id = $1 AND status = 'active'`),
  expire: statement('mocks.expire', `UPDATE mocks SET status = 'expired' WHERE user_id = $1 AND status = 'active' AND updated_at < $2`),
  end: statement('mocks.end', `UPDATE mocks SET status = 'expired', updated_at = $2 WHERE user_id = $1 AND status = 'active'`),
  lastFinished: statement('mocks.lastFinished', `SELECT ${MOCK_COLUMNS} FROM mocks WHERE user_id = $1 AND status = 'finished' ORDER BY finished_at DESC, id DESC LIMIT 1`),
  count: statement('mocks.count', 'SELECT count(*) AS n FROM mocks WHERE user_id = $1'),
  all: statement('mocks.all', `SELECT ${MOCK_COLUMNS} FROM mocks WHERE user_id = $1 ORDER BY created_at, id`),
};

function mocks(db: Queryable): Tables['mocks'] {
  return {
    insert: async (m: NewMock) => (await one<{ id: number }>(db, M.insert, [m.userId, m.state, m.createdAt]))!.id,
    byId: (id: number) => one<MockRow>(db, M.byId, [id]),
    active: (userId: number) => one<MockRow>(db, M.active, [userId]),
    save: async (id: number, state: string, at: number) => (await changes(db, M.save, [id, state, at])) === 1,
    finish: async (id: number, state: string, overall: number, at: number) => (await changes(db, M.finish, [id, state, overall, at])) === 1,
    expire: (userId: number, before: number) => changes(db, M.expire, [userId, before]),
    end: (userId: number, at: number) => changes(db, M.end, [userId, at]),
    lastFinished: (userId: number) => one<MockRow>(db, M.lastFinished, [userId]),
    count: async (userId: number) => (await one<{ n: number }>(db, M.count, [userId]))!.n,
    all: (userId: number) => all<MockRow>(db, M.all, [userId]),
  };
}

export function postgresTables(db: Queryable): Tables {
  return { users: users(db), attempts: attempts(db), reviewCards: reviewCards(db), standings: standings(db), schedules: schedules(db), rounds: rounds(db), installations: installations(db), mocks: mocks(db) };
}
