/**
 * The mocks table: a person's mock interviews. The state (steps, answers' reports, times) is JSON the
 * practice core writes and reads (src/practice/mock.ts); the store keeps it as text, byte for byte.
 */
import type { Database } from 'better-sqlite3';

export type MockStatus = 'active' | 'finished' | 'expired';

export type MockRow = {
  id: number;
  userId: number;
  status: MockStatus;
  /** JSON, as the practice core wrote it. */
  state: string;
  /** 0–100 once finished, else null. */
  overall: number | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
};

export type NewMock = { userId: number; state: string; createdAt: number };

const COLUMNS = `id, user_id AS userId, status, state, overall, created_at AS createdAt, updated_at AS updatedAt, finished_at AS finishedAt`;

export function mocksTable(db: Database) {
  const insert = db.prepare(`INSERT INTO mocks (user_id, status, state, created_at, updated_at) VALUES (@userId, 'active', @state, @createdAt, @createdAt)`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM mocks WHERE id = ?`);
  const active = db.prepare(`SELECT ${COLUMNS} FROM mocks WHERE user_id = ? AND status = 'active'`);
  const save = db.prepare(`UPDATE mocks SET state = @state, updated_at = @at WHERE id = @id AND status = 'active'`);
  const finish = db.prepare(`UPDATE mocks SET status = 'finished', state = @state, overall = @overall, updated_at = @at, finished_at = @at
    WHERE id = @id AND status = 'active'`);
  const expire = db.prepare(`UPDATE mocks SET status = 'expired' WHERE user_id = ? AND status = 'active' AND updated_at < ?`);
  const end = db.prepare(`UPDATE mocks SET status = 'expired', updated_at = ? WHERE user_id = ? AND status = 'active'`);
  const lastFinished = db.prepare(`SELECT ${COLUMNS} FROM mocks WHERE user_id = ? AND status = 'finished' ORDER BY finished_at DESC, id DESC LIMIT 1`);
  const count = db.prepare('SELECT count(*) FROM mocks WHERE user_id = ?').pluck();
  const all = db.prepare(`SELECT ${COLUMNS} FROM mocks WHERE user_id = ? ORDER BY created_at, id`);

  return {
    /** A new active mock; the unique index refuses a second active one for the same person. */
    insert: (m: NewMock) => Number(insert.run(m).lastInsertRowid),
    byId: (id: number) => byId.get(id) as MockRow | undefined,
    /** The person's mock in progress, if any (expired ones included until `expire` runs). */
    active: (userId: number) => active.get(userId) as MockRow | undefined,
    /** Saves a step; false when the mock is no longer active. */
    save: (id: number, state: string, at: number) => save.run({ id, state, at }).changes === 1,
    finish: (id: number, state: string, overall: number, at: number) => finish.run({ id, state, overall, at }).changes === 1,
    /** Marks the person's active mock expired if it was untouched since `before`; returns how many. */
    expire: (userId: number, before: number) => expire.run(userId, before).changes,
    /** The person gives up their mock in progress; returns how many ended (0 or 1). */
    end: (userId: number, at: number) => end.run(at, userId).changes,
    lastFinished: (userId: number) => lastFinished.get(userId) as MockRow | undefined,
    count: (userId: number) => count.get(userId) as number,
    all: (userId: number) => all.all(userId) as MockRow[],
  };
}
export type MocksTable = ReturnType<typeof mocksTable>;
