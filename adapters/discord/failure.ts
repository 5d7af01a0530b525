/**
 * What a user is told when something does not work. Refusals from the core (PracticeError,
 * ScheduleError) and from this adapter carry a message written for people; anything else is a bug,
 * logged in full for us and answered with an apology, never a stack trace.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { isPracticeError } from '../../src/practice/index.ts';
import { ScheduleError } from '../../src/schedule/contract.ts';
import { CustomIdError } from './custom-id.ts';

/** A refusal by the adapter itself (not in a server, missing permission, …); the message is shown as it is. */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

export const APOLOGY = 'Sorry, something went wrong on my side. It has been logged; please try again in a moment.';

const STALE = 'That button is from an older version of me and no longer works. Run /practice for a fresh question.';
const FORGED = 'That button did not come from me, so I ignored it. Run /practice to start again.';

export function userMessageFor(err: unknown): { message: string; bug: boolean } {
  if (isPracticeError(err) || err instanceof ScheduleError || err instanceof Refusal) return { message: err.userMessage, bug: false };
  if (err instanceof CustomIdError) return { message: err.reason === 'stale' ? STALE : FORGED, bug: false };
  return { message: APOLOGY, bug: true };
}

/** Interaction tokens sit in webhook and callback paths and let anyone answer as the bot for 15 minutes. */
export const withoutTokens = (url: string) => url.replace(/\/(webhooks|interactions)\/(\d+)\/[^/?]+/g, '/$1/$2/[token]');

/**
 * An error as it may be logged: name, message and where Discord said no, without request bodies
 * (they can hold a user's answer) or interaction tokens.
 */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof DiscordAPIError) return { name: err.name, message: withoutTokens(err.message), code: err.code, status: err.status, method: err.method, url: withoutTokens(err.url) };
  if (err instanceof HTTPError) return { name: err.name, message: err.message, status: err.status, method: err.method, url: withoutTokens(err.url) };
  if (err instanceof RateLimitError) return { name: err.name, route: err.route, retryAfter: err.retryAfter, global: err.global };
  if (err instanceof Error) return { name: err.name, message: withoutTokens(err.message), stack: err.stack ? withoutTokens(err.stack) : undefined };
  return { value: String(err) };
}
