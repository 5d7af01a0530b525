/**
 * Slack installations, one per workspace (or per Enterprise Grid org for an org-wide install). The
 * installation, tokens included, is stored sealed: adapters/slack/installations.ts encrypts it with a
 * key from the environment before it reaches this table, so the store only ever sees ciphertext.
 */
import type { Database } from 'better-sqlite3';

export type InstallationRow = {
  /** 'team:T…' for a workspace install, 'enterprise:E…' for an org-wide one. */
  installKey: string;
  teamId: string | null;
  enterpriseId: string | null;
  /** The encrypted installation (base64). */
  sealed: string;
  installedAt: number;
  updatedAt: number;
};

const COLUMNS = `install_key AS installKey, team_id AS teamId, enterprise_id AS enterpriseId, sealed,
  installed_at AS installedAt, updated_at AS updatedAt`;

export function installationsTable(db: Database) {
  const put = db.prepare(`INSERT INTO slack_installations (install_key, team_id, enterprise_id, sealed, installed_at, updated_at)
    VALUES (@installKey, @teamId, @enterpriseId, @sealed, @installedAt, @updatedAt)
    ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
      sealed = excluded.sealed, updated_at = excluded.updated_at`);
  const get = db.prepare(`SELECT ${COLUMNS} FROM slack_installations WHERE install_key = ?`);
  const remove = db.prepare('DELETE FROM slack_installations WHERE install_key = ?');
  const count = db.prepare('SELECT count(*) FROM slack_installations').pluck();

  return {
    /** Creates or replaces (a reinstall brings new tokens); keeps the first install's date. */
    put: (row: InstallationRow) => void put.run(row),
    get: (installKey: string) => get.get(installKey) as InstallationRow | undefined,
    remove: (installKey: string) => remove.run(installKey).changes,
    count: () => count.get() as number,
  };
}
export type InstallationsTable = ReturnType<typeof installationsTable>;
