/**
 * The Bolt app: Socket Mode with an app-level token (no public URL needed), otherwise HTTP with the
 * signing secret, which Bolt's receiver checks on every request (HMAC, and requests older than 5 minutes
 * are refused). Slack's tokens reach only Bolt and the Web API client, never a log line.
 */
import { App as BoltApp, LogLevel, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { SlackContext } from './context.ts';
import { describeError } from './failure.ts';
import type { SlackInstallations } from './installations.ts';
import { registerListeners } from './listeners/index.ts';

/**
 * A workspace that removes the app (app_uninstalled) or revokes its bot token (tokens_revoked) loses its
 * stored installation at once: nothing of its tokens is kept. Bolt lets these two events through
 * without a token, since the workspace may already have none.
 */
function registerUninstall(app: BoltApp, installations: SlackInstallations, log: Logger): void {
  const forget = async (teamId: string | undefined, enterpriseId: string | undefined, isEnterpriseInstall: boolean, reason: string) => {
    if (!teamId && !enterpriseId) return;
    const removed = await installations.forget({ teamId, enterpriseId, isEnterpriseInstall });
    log.info({ event: 'slack-installation-removed', team: teamId ?? null, enterprise: enterpriseId ?? null, reason, removed }, 'Slack installation removed');
  };
  app.event('app_uninstalled', async ({ body }) => {
    await forget(body.team_id, body.enterprise_id, body.is_enterprise_install === true, 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length > 0) await forget(body.team_id, body.enterprise_id, body.is_enterprise_install === true, 'tokens_revoked');
  });
}

export type SlackTransport = { kind: 'socket'; appToken: string } | { kind: 'http'; signingSecret: string };

/**
 * People wait for these calls: a few quick retries (429s wait out Slack's Retry-After first), not the
 * client's default of ten retries over half an hour, long after anyone cares about the reply.
 */
const INTERACTIVE_RETRIES: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000, randomize: true };

export function webClientOptions(slackApiUrl?: string): webApi.WebClientOptions {
  return { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig: INTERACTIVE_RETRIES, timeout: 10_000 };
}

/**
 * Bolt's own messages, at warn and above only: at debug Bolt prints whole request bodies, and those hold
 * answers and Slack's verification token in text our redaction cannot see.
 */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'bolt' });
  const text = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? `${p.name}: ${p.message}` : String(p))).join(' ');
  return {
    debug: () => {},
    info: () => {},
    warn: (...parts: unknown[]) => child.warn(text(parts)),
    error: (...parts: unknown[]) => child.error(text(parts)),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
}

/** The scopes the app asks for when a workspace installs it (the same as slack-manifest.yaml). */
export const BOT_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'users:read', 'channels:read', 'groups:read', 'files:write'];

/**
 * One workspace's bot token (self-hosted), or Slack's OAuth install flow for many workspaces: Bolt then
 * serves /slack/install and /slack/oauth_redirect and finds each request's token in `installationStore`.
 */
export type SlackAuth =
  | { kind: 'token'; token: string }
  | { kind: 'oauth'; clientId: string; clientSecret: string; stateSecret: string; installationStore: SlackInstallations };

export type SlackBotOptions = { ctx: SlackContext; log: Logger; auth: SlackAuth; transport: SlackTransport; slackApiUrl?: string | undefined };

export function createSlackBot(o: SlackBotOptions): BoltApp {
  // Deferred: Bolt's constructor would otherwise call auth.test in a promise nobody awaits, and a bad
  // token or no network would crash the process with an unhandled rejection. startSlack awaits init().
  const base = { logger: boltLogger(o.log), clientOptions: webClientOptions(o.slackApiUrl), deferInitialization: true };
  const auth =
    o.auth.kind === 'token'
      ? { token: o.auth.token }
      : {
          clientId: o.auth.clientId,
          clientSecret: o.auth.clientSecret,
          stateSecret: o.auth.stateSecret,
          scopes: BOT_SCOPES,
          installationStore: o.auth.installationStore,
          // /slack/install goes straight to Slack's consent page; the state cookie ties the redirect to that browser.
          installerOptions: { directInstall: true, stateVerification: true },
        };
  const common = { ...base, ...auth };
  const app =
    o.transport.kind === 'socket'
      ? new BoltApp({ ...common, appToken: o.transport.appToken, socketMode: true })
      : new BoltApp({ ...common, signingSecret: o.transport.signingSecret });
  registerListeners(app, o.ctx);
  if (o.auth.kind === 'oauth') registerUninstall(app, o.auth.installationStore, o.log);
  app.error(async (err) => {
    o.log.error({ event: 'slack-unhandled-error', ...describeError(err) }, 'unhandled Slack error');
  });
  return app;
}
