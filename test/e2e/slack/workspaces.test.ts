/**
 * Slack installed in two workspaces through Bolt's OAuth flow, against the local Slack fake, on
 * PostgreSQL: /slack/install and the redirect, tokens stored encrypted, each request answered with its
 * own workspace's token, nothing crossing between the workspaces, and an uninstall removing the tokens.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../src/app.ts';
import { parseConfig } from '../../../src/config.ts';
import { startSlack, type RunningSlack } from '../../../adapters/slack/index.ts';
import { ANSWER_VIEW, encodeAnswerMetadata } from '../../../adapters/slack/ids.ts';
import { CONTENT } from '../../helpers/paths.ts';
import { freshPostgresUrl } from '../../helpers/postgres.ts';
import { FakeSlack, postToApp } from './fake-slack.ts';
import { CHANNEL, slashCommand, viewSubmission, type Person } from './payloads.ts';

const SIGNING = '0123456789abcdef0123456789abcdef';
const KEY = 'ab'.repeat(32);
const FORM = 'application/x-www-form-urlencoded';
const WORKSPACES = {
  A: { team: 'TAAAA', token: 'xoxb-team-a-secret-token', code: 'code-a', person: { id: 'UANA', name: 'ana' } as Person },
  B: { team: 'TBBBB', token: 'xoxb-team-b-secret-token', code: 'code-b', person: { id: 'UBEN', name: 'ben' } as Person },
};

const fake = new FakeSlack();
const logs: string[] = [];
let url: string;
let app: App;
let slack: RunningSlack;
let port: number;
let db: pg.Client;

/** A body Slack would send from another workspace. */
function inTeam(body: string, team: string): string {
  const params = new URLSearchParams(body);
  if (params.has('team_id')) params.set('team_id', team);
  const payload = params.get('payload');
  if (payload) params.set('payload', payload.replaceAll('"T1"', `"${team}"`));
  return params.toString();
}
const send = (body: string, contentType = FORM) => postToApp(port, SIGNING, body, contentType);
let responses = 0;
const responseUrl = () => fake.responseUrl(`w${++responses}`);
const responseTo = (u: string) => fake.waitFor('response_url', (c) => u.endsWith(`/${c.body.id}`));

async function install(w: (typeof WORKSPACES)['A']): Promise<Response> {
  const start = await fetch(`http://127.0.0.1:${port}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const consent = new URL(start.headers.get('location')!);
  expect(consent.searchParams.get('client_id')).toBe('1234.5678');
  expect(consent.searchParams.get('scope')).toContain('chat:write');
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  return fetch(`http://127.0.0.1:${port}/slack/oauth_redirect?code=${w.code}&state=${encodeURIComponent(consent.searchParams.get('state')!)}`, { headers: { cookie }, redirect: 'manual' });
}

beforeAll(async () => {
  await fake.start();
  for (const w of Object.values(WORKSPACES)) {
    fake.tokens.set(w.token, { team_id: w.team, user_id: `UBOT${w.team}`, bot_id: `B${w.team}` });
    fake.users.set(w.person.id, { id: w.person.id, name: w.person.name, tz: 'UTC' });
  }
  fake.answer('oauth.v2.access', (body) => {
    const w = Object.values(WORKSPACES).find((x) => x.code === body.code);
    if (!w) return { json: { ok: false, error: 'invalid_code' } };
    return { json: { ok: true, app_id: 'A1', authed_user: { id: w.person.id }, scope: 'commands,chat:write', token_type: 'bot', access_token: w.token, bot_user_id: `UBOT${w.team}`, team: { id: w.team, name: `Team ${w.team}` }, enterprise: null, is_enterprise_install: false } };
  });
  url = await freshPostgresUrl();
  const config = parseConfig({
    DATABASE_URL: url, BANK_PATH: CONTENT, DEFAULT_TIME_ZONE: 'UTC', SLACK_SIGNING_SECRET: SIGNING, SLACK_API_URL: fake.apiUrl,
    SLACK_CLIENT_ID: '1234.5678', SLACK_CLIENT_SECRET: 'fedcba9876543210fedcba9876543210', SLACK_STATE_SECRET: 'a-long-random-state-secret', SLACK_INSTALLATION_KEY: KEY,
  });
  app = await openApp(config, { logLevel: 'info', logDestination: { write: (line: string) => void logs.push(line) }, longRunning: false });
  slack = await startSlack(app, { port: 0 });
  port = (slack.server!.address() as { port: number }).port;
  db = new pg.Client({ connectionString: url });
  await db.connect();
});

afterAll(async () => {
  await slack?.stop();
  await app?.close();
  await db?.end();
  await fake.stop();
});

describe('Slack in many workspaces (OAuth)', () => {
  it('installs workspace A and B through /slack/install and the redirect, storing only ciphertext', async () => {
    for (const w of Object.values(WORKSPACES)) {
      const done = await install(w);
      expect(done.status).toBe(200);
      expect(await done.text()).toMatch(/Thank you|success/i);
    }
    const exchanges = fake.callsTo('oauth.v2.access');
    expect(exchanges.map((c) => c.body.code)).toEqual(['code-a', 'code-b']);
    const rows = (await db.query('SELECT install_key, team_id, sealed FROM slack_installations ORDER BY install_key')).rows;
    expect(rows.map((r) => r.install_key)).toEqual(['team:TAAAA', 'team:TBBBB']);
    for (const r of rows) {
      expect(r.sealed).not.toContain('xoxb');
      expect(Buffer.from(r.sealed, 'base64').toString('latin1')).not.toContain('xoxb');
    }
    // Neither the tokens nor the client secret reach the logs.
    expect(logs.join('\n')).not.toMatch(/xoxb-team|fedcba9876543210/);
  });

  it('a redirect without the install state (forged, or another browser) installs nothing', async () => {
    const forged = await fetch(`http://127.0.0.1:${port}/slack/oauth_redirect?code=code-a&state=forged`, { redirect: 'manual' });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(2);
  });

  it('answers each workspace with its own token, and nothing crosses between them', async () => {
    for (const w of Object.values(WORKSPACES)) {
      const u = responseUrl();
      expect((await send(inTeam(slashCommand('practice Q1', w.person, u), w.team))).status).toBe(200);
      expect((await responseTo(u)).body.text).toBeDefined();
      const meta = encodeAnswerMetadata({ questionId: 'Q1', roundId: null, channelId: CHANNEL });
      const res = await send(inTeam(viewSubmission(ANSWER_VIEW, meta, `An answer from ${w.team}: a circuit breaker with 99.95% uptime and 8 cores.`, w.person), w.team));
      expect(res.status).toBe(200);
      const score = await fake.waitFor('chat.postEphemeral', (c) => c.body.user === w.person.id);
      expect(score.token).toBe(w.token);
    }
    // Every Web API call for a workspace's person went out with that workspace's token.
    for (const c of fake.calls.filter((x) => x.body.user === WORKSPACES.A.person.id)) expect(c.token).toBe(WORKSPACES.A.token);
    for (const c of fake.calls.filter((x) => x.body.user === WORKSPACES.B.person.id)) expect(c.token).toBe(WORKSPACES.B.token);

    const boardA = await app.practice.leaderboard('slack:TAAAA', 'all');
    const boardB = await app.practice.leaderboard('slack:TBBBB', 'all');
    expect([boardA.participants, boardB.participants]).toEqual([1, 1]);
    const scopes = (await db.query('SELECT DISTINCT u.platform_user_id AS who, a.scope FROM attempts a JOIN users u ON u.id = a.user_id ORDER BY who')).rows;
    expect(scopes).toEqual([{ who: 'UANA', scope: 'slack:TAAAA' }, { who: 'UBEN', scope: 'slack:TBBBB' }]);
  });

  it('app_uninstalled removes that workspace\'s tokens; tokens_revoked the other\'s; the other keeps working until then', async () => {
    const event = (team: string, body: Record<string, unknown>) => JSON.stringify({ token: 'legacy', team_id: team, api_app_id: 'A1', type: 'event_callback', event_id: `Ev${Math.random().toString(36).slice(2)}`, event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: team, user_id: `UBOT${team}`, is_bot: true }], event: body });
    expect((await send(event('TAAAA', { type: 'app_uninstalled', event_ts: '1.1' }), 'application/json')).status).toBe(200);
    await expect.poll(async () => (await db.query('SELECT install_key FROM slack_installations ORDER BY install_key')).rows.map((r) => r.install_key)).toEqual(['team:TBBBB']);

    const u = responseUrl();
    expect((await send(inTeam(slashCommand('help', WORKSPACES.B.person, u), 'TBBBB'))).status).toBe(200);
    await responseTo(u);

    expect((await send(event('TBBBB', { type: 'tokens_revoked', tokens: { bot: [`UBOTTBBBB`] }, event_ts: '1.2' }), 'application/json')).status).toBe(200);
    await expect.poll(async () => (await db.query('SELECT count(*)::int AS n FROM slack_installations')).rows[0].n).toBe(0);
    expect(logs.join('\n')).toMatch(/slack-installation-removed/);
  });
});
