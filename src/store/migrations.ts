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
];
