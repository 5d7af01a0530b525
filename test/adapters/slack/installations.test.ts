/** Sealed Slack installations: AES-256-GCM, bound to their row, useless with another key or row. */
import { describe, expect, it } from 'vitest';
import { createInstallationStore, installationKey, installKeyOf, seal, unseal } from '../../../adapters/slack/installations.ts';
import { openSqlite, sqliteStore } from '../../../src/store/index.ts';

const KEY = installationKey('ab'.repeat(32));

describe('Slack installations at rest', () => {
  it('seals and opens again; a new IV each time, so equal tokens never look equal', () => {
    const a = seal(KEY, 'team:T1', '{"bot":{"token":"xoxb-1"}}');
    const b = seal(KEY, 'team:T1', '{"bot":{"token":"xoxb-1"}}');
    expect(a).not.toBe(b);
    expect(unseal(KEY, 'team:T1', a)).toBe('{"bot":{"token":"xoxb-1"}}');
  });

  it('refuses another key, another row, and any changed byte', () => {
    const sealed = seal(KEY, 'team:T1', 'secret');
    expect(() => unseal(installationKey(Buffer.alloc(32, 7).toString('base64')), 'team:T1', sealed)).toThrow();
    expect(() => unseal(KEY, 'team:T2', sealed)).toThrow();
    const raw = Buffer.from(sealed, 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => unseal(KEY, 'team:T1', raw.toString('base64'))).toThrow();
    expect(() => installationKey('c2hvcnQ=')).toThrow(/32 bytes/);
  });

  it('keys an org-wide install by its org, any other by its workspace', () => {
    expect(installKeyOf({ isEnterpriseInstall: true, enterpriseId: 'E1', teamId: 'T1' })).toBe('enterprise:E1');
    expect(installKeyOf({ isEnterpriseInstall: false, enterpriseId: 'E1', teamId: 'T1' })).toBe('team:T1');
    expect(() => installKeyOf({})).toThrow();
  });

  it('stores, finds (a workspace of an org-wide install too) and deletes through the store port', async () => {
    const store = sqliteStore(openSqlite(':memory:'));
    const installs = createInstallationStore(store, 'ab'.repeat(32), { now: () => 1 });
    await installs.storeInstallation({ team: { id: 'T1' }, enterprise: undefined, bot: { token: 'xoxb-t1', scopes: [], id: 'B1', userId: 'U1' }, user: { id: 'U9', token: undefined, scopes: undefined }, isEnterpriseInstall: false, authVersion: 'v2' } as never);
    await installs.storeInstallation({ team: undefined, enterprise: { id: 'E1' }, bot: { token: 'xoxb-e1', scopes: [], id: 'B2', userId: 'U2' }, user: { id: 'U9', token: undefined, scopes: undefined }, isEnterpriseInstall: true, authVersion: 'v2' } as never);
    expect((await installs.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-t1');
    expect((await installs.fetchInstallation({ teamId: 'T7', enterpriseId: 'E1', isEnterpriseInstall: false })).bot?.token).toBe('xoxb-e1');
    expect(await installs.botTokenFor('T1')).toBe('xoxb-t1');
    expect((await store.installations.get('team:T1'))!.sealed).not.toContain('xoxb');
    await installs.deleteInstallation!({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(await installs.botTokenFor('T1')).toBeUndefined();
    await expect(installs.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/no installation/);
    expect(await installs.forget({ enterpriseId: 'E1', isEnterpriseInstall: true })).toBe(1);
    await store.close();
  });
});
