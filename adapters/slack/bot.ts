/**
 * The Bolt app: Socket Mode with an app-level token (no public URL needed), otherwise HTTP with the
 * signing secret, which Bolt's receiver checks on every request (HMAC, and requests older than 5 minutes
 * are refused). Slack's tokens reach only Bolt and the Web API client, never a log line.
 */
import { App as BoltApp, LogLevel, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { SlackContext } from './context.ts';
import { describeError } from './failure.ts';
import { registerListeners } from './listeners/index.ts';

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

export type SlackBotOptions = { ctx: SlackContext; log: Logger; token: string; transport: SlackTransport; slackApiUrl?: string | undefined };

export function createSlackBot(o: SlackBotOptions): BoltApp {
  // Deferred: Bolt's constructor would otherwise call auth.test in a promise nobody awaits, and a bad
  // token or no network would crash the process with an unhandled rejection. startSlack awaits init().
  const common = { token: o.token, logger: boltLogger(o.log), clientOptions: webClientOptions(o.slackApiUrl), deferInitialization: true };
  const app =
    o.transport.kind === 'socket'
      ? new BoltApp({ ...common, appToken: o.transport.appToken, socketMode: true })
      : new BoltApp({ ...common, signingSecret: o.transport.signingSecret });
  registerListeners(app, o.ctx);
  app.error(async (err) => {
    o.log.error({ event: 'slack-unhandled-error', ...describeError(err) }, 'unhandled Slack error');
  });
  return app;
}
