/** The users table: one row per (platform, platform user id). */
import type { Database } from 'better-sqlite3';
import type { LangSetting } from '../i18n/index.ts';

export type UserRow = {
  id: number;
  platform: string;
  platformUserId: string;
  displayName: string;
  timeZone: string;
  showName: boolean;
  lastQuestionId: string | null;
  /** The language of feedback and views: 'auto' follows each answer's own language. */
  lang: LangSetting;
  createdAt: number;
};

export type UserIdentity = { platform: string; platformUserId: string; displayName: string; timeZone: string };

type RawUser = Omit<UserRow, 'showName'> & { showName: number };

const COLUMNS = `id, platform, platform_user_id AS platformUserId, display_name AS displayName,
  time_zone AS timeZone, show_name AS showName, last_question_id AS lastQuestionId, lang, created_at AS createdAt`;

const toUser = (raw: RawUser | undefined): UserRow | undefined => (raw ? { ...raw, showName: raw.showName === 1 } : undefined);

export function usersTable(db: Database) {
  const find = db.prepare(`SELECT ${COLUMNS} FROM users WHERE platform = ? AND platform_user_id = ?`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
  // Names and zones change on the platform; the latest one wins.
  const upsert = db.prepare(`INSERT INTO users (platform, platform_user_id, display_name, time_zone, created_at)
    VALUES (@platform, @platformUserId, @displayName, @timeZone, @createdAt)
    ON CONFLICT (platform, platform_user_id) DO UPDATE SET display_name = excluded.display_name, time_zone = excluded.time_zone
    WHERE display_name IS NOT excluded.display_name OR time_zone IS NOT excluded.time_zone`);
  const setShowName = db.prepare('UPDATE users SET show_name = ? WHERE id = ?');
  const setLang = db.prepare('UPDATE users SET lang = ? WHERE id = ?');
  // Skips the write (and a dirty page in the WAL) when the question served is the one being answered.
  const setLast = db.prepare('UPDATE users SET last_question_id = @questionId WHERE id = @id AND last_question_id IS NOT @questionId');
  const remove = db.prepare('DELETE FROM users WHERE id = ?');

  return {
    find: (platform: string, platformUserId: string) => toUser(find.get(platform, platformUserId) as RawUser | undefined),
    byId: (id: number) => toUser(byId.get(id) as RawUser | undefined),
    /** Returns the stored user, creating or refreshing it; call inside a write transaction. */
    ensure(identity: UserIdentity, createdAt: number): UserRow {
      const existing = toUser(find.get(identity.platform, identity.platformUserId) as RawUser | undefined);
      if (existing && existing.displayName === identity.displayName && existing.timeZone === identity.timeZone) return existing;
      upsert.run({ ...identity, createdAt });
      return toUser(find.get(identity.platform, identity.platformUserId) as RawUser)!;
    },
    setShowName: (id: number, show: boolean) => void setShowName.run(show ? 1 : 0, id),
    setLang: (id: number, lang: LangSetting) => void setLang.run(lang, id),
    setLastQuestion: (id: number, questionId: string) => void setLast.run({ id, questionId }),
    /** Every other table references users with ON DELETE CASCADE, so this removes the user entirely. */
    remove: (id: number) => remove.run(id).changes,
  };
}
export type UsersTable = ReturnType<typeof usersTable>;
