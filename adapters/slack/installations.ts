/**
 * Bolt's InstallationStore in our own store: one row per workspace (or per Enterprise Grid org for an
 * org-wide install). The installation, tokens included, is sealed with AES-256-GCM under
 * SLACK_INSTALLATION_KEY before it is written, bound to its row (the key is the additional data), so
 * the database, its backups and `store:copy` only ever hold ciphertext. Tokens are never logged.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Clock } from '../../src/practice/index.ts';
import type { Store } from '../../src/store/index.ts';

const VERSION = 1;

/** 32 bytes, given as 64 hex characters or base64 (config.ts checks the shape). */
export function installationKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('SLACK_INSTALLATION_KEY must be 32 bytes (64 hex characters or 44 base64 characters)');
  return key;
}

export function seal(key: Buffer, installKey: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(installKey, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unseal(key: Buffer, installKey: string, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64');
  if (raw[0] !== VERSION) throw new Error('unknown sealed installation format');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(1, 13));
  decipher.setAAD(Buffer.from(installKey, 'utf8'));
  decipher.setAuthTag(raw.subarray(13, 29));
  return Buffer.concat([decipher.update(raw.subarray(29)), decipher.final()]).toString('utf8');
}

/** The row an install or a request belongs to: the org for an org-wide install, else the workspace. */
export function installKeyOf(q: { isEnterpriseInstall?: boolean | undefined; enterpriseId?: string | undefined; teamId?: string | undefined }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `enterprise:${q.enterpriseId}`;
  if (q.teamId) return `team:${q.teamId}`;
  throw new Error('an installation query needs a team or an org-wide enterprise id');
}

export type SlackInstallations = InstallationStore & {
  /** A workspace's bot token, for posting its daily rounds; undefined when it is not installed. */
  botTokenFor(teamId: string): Promise<string | undefined>;
  /** Deletes the installation a workspace or org-wide event belongs to (app_uninstalled, tokens_revoked). */
  forget(query: Parameters<typeof installKeyOf>[0]): Promise<number>;
};

export function createInstallationStore(store: Store, keyText: string, clock: Clock): SlackInstallations {
  const key = installationKey(keyText);
  const read = async (installKey: string): Promise<Installation | undefined> => {
    const row = await store.installations.get(installKey);
    return row ? (JSON.parse(unseal(key, installKey, row.sealed)) as Installation) : undefined;
  };
  const forget = (query: Parameters<typeof installKeyOf>[0]) => store.installations.remove(installKeyOf(query));
  return {
    async storeInstallation(installation) {
      const installKey = installKeyOf({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      const now = clock.now();
      await store.installations.put({ installKey, teamId: installation.team?.id ?? null, enterpriseId: installation.enterprise?.id ?? null, sealed: seal(key, installKey, JSON.stringify(installation)), installedAt: now, updatedAt: now });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      // A request from a workspace of an org with an org-wide install is answered with the org's.
      const found = (query.teamId && !query.isEnterpriseInstall ? await read(`team:${query.teamId}`) : undefined) ?? (query.enterpriseId ? await read(`enterprise:${query.enterpriseId}`) : undefined);
      if (!found) throw new Error(`no installation for ${query.isEnterpriseInstall ? 'this org' : 'this workspace'}`);
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await forget(query);
    },
    async botTokenFor(teamId: string) {
      return (await read(`team:${teamId}`))?.bot?.token;
    },
    forget,
  };
}
