/**
 * The database's history, one numbered step at a time. A step is never edited once released: later
 * issues append (issue 7 adds rounds and schedules as migration 2 and joins `attempts.round_id`).
 */
export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'users, attempts, review cards, best scores and standings',
    sql: `
      CREATE TABLE users (
        id               INTEGER PRIMARY KEY,
        platform         TEXT    NOT NULL,
        platform_user_id TEXT    NOT NULL,
        display_name     TEXT    NOT NULL,
        time_zone        TEXT    NOT NULL,
        -- Leaderboards show the name only after the user opts in; until then they are "anonymous".
        show_name        INTEGER NOT NULL DEFAULT 0 CHECK (show_name IN (0, 1)),
        -- The question served last, so the next pick is never the same one twice in a row.
        last_question_id TEXT,
        created_at       INTEGER NOT NULL,
        UNIQUE (platform, platform_user_id)
      ) STRICT;

      CREATE TABLE attempts (
        id             INTEGER PRIMARY KEY,
        user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        question_id    TEXT    NOT NULL,
        answer         TEXT    NOT NULL,
        report         TEXT    NOT NULL,  -- the whole ScoreReport as JSON
        total          INTEGER NOT NULL,
        -- Per-dimension scores as percentages of each dimension's maximum, copied out of the report
        -- so progress never parses JSON.
        key_insight    REAL    NOT NULL,
        constraints    REAL    NOT NULL,
        metrics        REAL    NOT NULL,
        trade_offs     REAL    NOT NULL,
        stakeholders   REAL    NOT NULL,
        bank_version   TEXT    NOT NULL,
        scorer_version TEXT    NOT NULL,
        scope          TEXT    NOT NULL,  -- 'terminal', 'discord:<guild>', 'slack:<team>'
        -- A daily round (issue 7) the attempt answered; plain integer because the rounds table comes later.
        round_id       INTEGER,
        created_at     INTEGER NOT NULL   -- UTC milliseconds
      ) STRICT;
      -- Covering index: progress reads a user's whole history without touching the wide rows.
      CREATE INDEX attempts_by_user ON attempts (user_id, created_at, question_id, total,
        key_insight, constraints, metrics, trade_offs, stakeholders);
      CREATE INDEX attempts_by_round ON attempts (round_id) WHERE round_id IS NOT NULL;

      -- ts-fsrs card per (user, question): the spaced-repetition state behind "due for review".
      CREATE TABLE review_cards (
        user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        question_id    TEXT    NOT NULL,
        due            INTEGER NOT NULL,
        stability      REAL    NOT NULL,
        difficulty     REAL    NOT NULL,
        elapsed_days   REAL    NOT NULL,
        scheduled_days REAL    NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps           INTEGER NOT NULL,
        lapses         INTEGER NOT NULL,
        state          INTEGER NOT NULL,
        last_review    INTEGER,
        PRIMARY KEY (user_id, question_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX review_cards_due ON review_cards (user_id, due);

      -- Maintained on every insert so leaderboards never scan attempts. period is 'all' or the
      -- Monday (UTC) that starts a week, as 'YYYY-MM-DD'.
      CREATE TABLE question_bests (
        user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        scope       TEXT    NOT NULL,
        period      TEXT    NOT NULL,
        question_id TEXT    NOT NULL,
        best        INTEGER NOT NULL,
        PRIMARY KEY (user_id, scope, period, question_id)
      ) STRICT, WITHOUT ROWID;

      -- Sum of a user's best score per question in a scope and period: the leaderboard's measure.
      CREATE TABLE standings (
        scope     TEXT    NOT NULL,
        period    TEXT    NOT NULL,
        user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        best_sum  INTEGER NOT NULL,
        questions INTEGER NOT NULL,
        PRIMARY KEY (scope, period, user_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX standings_rank ON standings (scope, period, best_sum DESC, questions DESC, user_id);
      CREATE INDEX standings_by_user ON standings (user_id);
    `,
  },
  {
    version: 2,
    name: 'daily round schedules and rounds',
    sql: `
      -- One daily round per channel: a local time of day in an IANA zone, on some weekdays.
      CREATE TABLE schedules (
        id             INTEGER PRIMARY KEY,
        platform       TEXT    NOT NULL,
        scope          TEXT    NOT NULL,
        channel_id     TEXT    NOT NULL,
        time           TEXT    NOT NULL,  -- 'HH:MM', local to time_zone
        time_zone      TEXT    NOT NULL,
        weekdays       INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),  -- bit d = weekday d, 0 = Sunday
        filters        TEXT    NOT NULL,  -- JSON {difficulty?, phase?, stakeholder?}, canonical values
        window_minutes INTEGER NOT NULL CHECK (window_minutes > 0),
        status         TEXT    NOT NULL CHECK (status IN ('active', 'paused')),
        paused_reason  TEXT,
        -- Rounds in a row that could not be posted; the schedule pauses itself at a limit.
        failed_rounds  INTEGER NOT NULL DEFAULT 0,
        -- Occurrences before this instant (UTC ms) are never posted late: set or resumed after them.
        active_from    INTEGER NOT NULL,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL,
        UNIQUE (platform, scope, channel_id)
      ) STRICT;

      -- The unique key is what makes a round exactly-once per channel and local date, whatever the
      -- processes and clocks do: every writer inserts with ON CONFLICT DO NOTHING.
      CREATE TABLE rounds (
        id             INTEGER PRIMARY KEY,
        schedule_id    INTEGER REFERENCES schedules (id) ON DELETE SET NULL,
        platform       TEXT    NOT NULL,
        scope          TEXT    NOT NULL,
        channel_id     TEXT    NOT NULL,
        local_date     TEXT    NOT NULL,  -- 'YYYY-MM-DD' in time_zone
        time_zone      TEXT    NOT NULL,
        due_at         INTEGER NOT NULL,  -- UTC ms of the scheduled local time
        question_id    TEXT,              -- null for a skipped day
        status         TEXT    NOT NULL CHECK (status IN ('posting', 'open', 'closed', 'skipped', 'failed')),
        window_minutes INTEGER NOT NULL,
        opened_at      INTEGER,           -- when the question was posted
        closes_at      INTEGER,
        summary_posted_at INTEGER,
        -- Delivery of the current step (question while 'posting', summary once closed): retries and
        -- the lease that keeps two processes from posting the same message at once.
        tries          INTEGER NOT NULL DEFAULT 0,
        next_try_at    INTEGER,
        lease_owner    TEXT,
        lease_until    INTEGER,
        last_error     TEXT,
        created_at     INTEGER NOT NULL,
        UNIQUE (platform, scope, channel_id, local_date)
      ) STRICT;
      CREATE INDEX rounds_pending ON rounds (status, next_try_at) WHERE status IN ('posting', 'open');
      CREATE INDEX rounds_by_schedule ON rounds (schedule_id);
    `,
  },
  {
    version: 3,
    name: 'slack installations',
    sql: `
      -- Slack's OAuth installs (issue 15). The installation, tokens included, is encrypted before it
      -- is stored: a copy of the database alone gives no token away.
      CREATE TABLE slack_installations (
        install_key   TEXT    PRIMARY KEY,  -- 'team:T…' or 'enterprise:E…'
        team_id       TEXT,
        enterprise_id TEXT,
        sealed        TEXT    NOT NULL,     -- AES-256-GCM, base64
        installed_at  INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 4,
    name: 'mock interviews, follow-up answers and a language per user',
    sql: `
      -- The language feedback is written in: 'auto' follows each answer's own language (issue 14).
      ALTER TABLE users ADD COLUMN lang TEXT NOT NULL DEFAULT 'auto' CHECK (lang IN ('auto', 'en', 'zh'));

      -- Which of the entry's follow-ups an attempt answered (1-based); null for a first answer. Follow-up
      -- answers feed "adaptability" and never the leaderboards, reviews or the adaptive pick.
      ALTER TABLE attempts ADD COLUMN follow_up INTEGER CHECK (follow_up IS NULL OR follow_up > 0);
      -- The covering index gains follow_up, so progress still reads first answers and follow-ups apart
      -- without touching the wide rows.
      DROP INDEX attempts_by_user;
      CREATE INDEX attempts_by_user ON attempts (user_id, created_at, question_id, total,
        key_insight, constraints, metrics, trade_offs, stakeholders, follow_up);

      -- A mock interview: its steps, answers and times as JSON (src/practice/mock.ts), and once finished
      -- its overall score, which the next mock's report card compares with.
      CREATE TABLE mocks (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status      TEXT    NOT NULL CHECK (status IN ('active', 'finished', 'expired')),
        state       TEXT    NOT NULL,  -- JSON
        overall     REAL,              -- 0–100, set when finished
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,  -- the last answer (or start, or resume): a day past it, the mock expires
        finished_at INTEGER
      ) STRICT;
      -- One mock in progress per person, whatever the processes do: a second start resumes the first.
      CREATE UNIQUE INDEX mocks_one_active ON mocks (user_id) WHERE status = 'active';
      CREATE INDEX mocks_by_user ON mocks (user_id, finished_at);
    `,
  },
  {
    version: 5,
    name: 'copied answers marked, for streaks',
    sql: `
      -- An answer flagged as not the candidate's own (a pasted model answer, its words shuffled) stays
      -- in the history but keeps no streak alive (issue 12). Marked at submit from the report's flags.
      ALTER TABLE attempts ADD COLUMN copied INTEGER NOT NULL DEFAULT 0 CHECK (copied IN (0, 1));
      UPDATE attempts SET copied = 1
        WHERE EXISTS (SELECT 1 FROM json_each(report, '$.flags') WHERE value IN ('model-answer-copy', 'word-salad'));
      DROP INDEX attempts_by_user;
      CREATE INDEX attempts_by_user ON attempts (user_id, created_at, question_id, total,
        key_insight, constraints, metrics, trade_offs, stakeholders, follow_up, copied);
    `,
  },
];
