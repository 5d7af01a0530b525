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
import { createSlackBot, webClientOptions, type SlackTransport } from './bot.ts';
import type { SlackContext } from './context.ts';
import { slackErrorCode } from './failure.ts';
import { createPeople } from './people.ts';
import { createRoundPoster, roundPostClient } from './round-poster.ts';
import { scheduleWiring } from './schedule-wiring.ts';

export type SlackOptions = {
  /** Web API base URL; tests point it at a local fake Slack. */
  slackApiUrl?: string;
  /** HTTP port; 0 picks a free one (tests). Default: PORT. */
  port?: number;
  /** Overrides the App's daily rounds (tests). */
  schedules?: Schedules | null;
};

export type RunningSlack = { bolt: BoltApp; context: SlackContext; poster: RoundPoster; server: Server | null; stop(): Promise<void> };

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

export async function startSlack(app: App, options: SlackOptions = {}): Promise<RunningSlack> {
  const { config, log } = app;
  if (!config.SLACK_BOT_TOKEN) throw new ConfigError(['SLACK_BOT_TOKEN: required to run the Slack bot']);
  const wiring = scheduleWiring(app);
  const context: SlackContext = {
    practice: app.practice,
    schedules: options.schedules === undefined ? wiring.schedules : options.schedules,
    people: createPeople(config.DEFAULT_TIME_ZONE, log),
    log,
  };
  const transport = transportOf(app);
  const bolt = createSlackBot({ ctx: context, log, token: config.SLACK_BOT_TOKEN, transport, slackApiUrl: options.slackApiUrl });
  await bolt.init().catch((err: unknown) => {
    throw startupProblem(err, 'check-token', transport);
  });
  const started = await (transport.kind === 'socket' ? bolt.start() : bolt.start(options.port ?? config.PORT)).catch((err: unknown) => {
    throw startupProblem(err, 'connect', transport);
  });
  const server = transport.kind === 'http' ? (started as Server) : null;
  const poster = createRoundPoster(roundPostClient(config.SLACK_BOT_TOKEN, webClientOptions(options.slackApiUrl)));
  const detach = wiring.attach(poster);
  log.info({ event: 'slack-started', transport: transport.kind, ...(server ? { port: (server.address() as { port: number }).port } : {}) }, 'Slack app started');
  let stopping: Promise<void> | undefined;
  return {
    bolt,
    context,
    poster,
    server,
    stop: () =>
      (stopping ??= (async () => {
        detach();
        await bolt.stop();
        log.info({ event: 'slack-stopped' }, 'Slack app stopped');
      })()),
  };
}
