/**
 * The Slack adapter's face for the composition root: `startSlack(app)` starts the Bolt app (Socket Mode
 * when SLACK_APP_TOKEN is set, else HTTP on PORT), hands the round poster to the scheduler, and stops
 * on shutdown: Bolt stops taking requests, then the poster is taken back.
 */
import type { Server } from 'node:http';
import { webApi, type App as BoltApp } from '@slack/bolt';
import type { App } from '../../src/app.ts';
import { ConfigError } from '../../src/config.ts';
import { UnreachableError } from '../../src/errors.ts';
import type { RoundPoster, Schedules } from '../../src/schedule/contract.ts';
import { systemClock } from '../../src/practice/index.ts';
import { createSlackBot, webClientOptions, type SlackAuth, type SlackTransport } from './bot.ts';
import { createInstallationStore, type SlackInstallations } from './installations.ts';
import type { SlackContext } from './context.ts';
import { slackErrorCode } from './failure.ts';
import { createPeople } from './people.ts';
import { createRoundPoster, roundPostClient, type ClientFor } from './round-poster.ts';
import { scheduleWiring } from './schedule-wiring.ts';

export type SlackOptions = {
  /** Web API base URL; tests point it at a local fake Slack. */
  slackApiUrl?: string;
  /** HTTP port; 0 picks a free one (tests). Default: PORT. */
  port?: number;
  /** Overrides the App's daily rounds (tests). */
  schedules?: Schedules | null;
};

export type RunningSlack = { bolt: BoltApp; context: SlackContext; poster: RoundPoster; server: Server | null; installations: SlackInstallations | null; stop(): Promise<void> };

/** Round posts in many workspaces: one client per bot token, looked up from the workspace's installation. */
function workspaceClients(installations: SlackInstallations, slackApiUrl: string | undefined): ClientFor {
  const clients = new Map<string, webApi.WebClient>();
  return async (teamId) => {
    const token = await installations.botTokenFor(teamId);
    if (!token) return undefined;
    let client = clients.get(token);
    if (!client) clients.set(token, (client = roundPostClient(token, webClientOptions(slackApiUrl))));
    return client;
  };
}

function transportOf(app: App): SlackTransport {
  const { SLACK_APP_TOKEN, SLACK_SIGNING_SECRET } = app.config;
  if (SLACK_APP_TOKEN) return { kind: 'socket', appToken: SLACK_APP_TOKEN };
  if (SLACK_SIGNING_SECRET) return { kind: 'http', signingSecret: SLACK_SIGNING_SECRET };
  throw new ConfigError(['SLACK_SIGNING_SECRET: required for HTTP (or set SLACK_APP_TOKEN for Socket Mode)']);
}

/** A start that fails on a token or the network becomes a one-line message (never the token itself). */
function startupProblem(err: unknown, phase: 'check-token' | 'connect', transport: SlackTransport): Error {
  // In Socket Mode the connection is opened with the app-level token; everything before with the bot token.
  const variable = phase === 'connect' && transport.kind === 'socket' ? 'SLACK_APP_TOKEN' : 'SLACK_BOT_TOKEN';
  const code = slackErrorCode(err);
  if (code) return new ConfigError([`${variable}: Slack refused it (${code}); copy it again from the app's settings`]);
  if (err instanceof webApi.WebAPIRequestError || err instanceof webApi.WebAPIHTTPError) return new UnreachableError('Slack', `to check ${variable} (${err.name})`);
  if ((err as { code?: string }).code === 'EADDRINUSE') return new ConfigError(['PORT: in use by another program; choose another port']);
  return err instanceof Error ? err : new Error(String(err));
}

/** One bot token (self-hosted), or OAuth installs kept encrypted in our store (many workspaces). */
function authOf(app: App): { auth: SlackAuth; installations: SlackInstallations | null } {
  const { config } = app;
  if (config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET && config.SLACK_STATE_SECRET && config.SLACK_INSTALLATION_KEY) {
    const installations = createInstallationStore(app.store, config.SLACK_INSTALLATION_KEY, systemClock);
    return { auth: { kind: 'oauth', clientId: config.SLACK_CLIENT_ID, clientSecret: config.SLACK_CLIENT_SECRET, stateSecret: config.SLACK_STATE_SECRET, installationStore: installations }, installations };
  }
  if (config.SLACK_BOT_TOKEN) return { auth: { kind: 'token', token: config.SLACK_BOT_TOKEN }, installations: null };
  throw new ConfigError(['SLACK_BOT_TOKEN: required to run the Slack bot (or SLACK_CLIENT_ID and its settings to install it in many workspaces)']);
}

export async function startSlack(app: App, options: SlackOptions = {}): Promise<RunningSlack> {
  const { config, log } = app;
  const { auth, installations } = authOf(app);
  const slackApiUrl = options.slackApiUrl ?? config.SLACK_API_URL;
  const wiring = scheduleWiring(app);
  const context: SlackContext = {
    practice: app.practice,
    schedules: options.schedules === undefined ? wiring.schedules : options.schedules,
    people: createPeople(config.DEFAULT_TIME_ZONE, log),
    log,
  };
  const transport = transportOf(app);
  const bolt = createSlackBot({ ctx: context, log, auth, transport, slackApiUrl });
  await bolt.init().catch((err: unknown) => {
    throw startupProblem(err, 'check-token', transport);
  });
  const started = await (transport.kind === 'socket' ? bolt.start() : bolt.start(options.port ?? config.PORT)).catch((err: unknown) => {
    throw startupProblem(err, 'connect', transport);
  });
  const server = transport.kind === 'http' ? (started as Server) : null;
  const poster = createRoundPoster(auth.kind === 'token' ? roundPostClient(auth.token, webClientOptions(slackApiUrl)) : workspaceClients(installations!, slackApiUrl));
  const detach = wiring.attach(poster);
  log.info({ event: 'slack-started', transport: transport.kind, installs: auth.kind === 'oauth' ? 'many workspaces' : 'one bot token', ...(server ? { port: (server.address() as { port: number }).port } : {}) }, 'Slack app started');
  let stopping: Promise<void> | undefined;
  return {
    bolt,
    context,
    poster,
    server,
    installations,
    stop: () =>
      (stopping ??= (async () => {
        detach();
        await bolt.stop();
        log.info({ event: 'slack-stopped' }, 'Slack app stopped');
      })()),
  };
}
