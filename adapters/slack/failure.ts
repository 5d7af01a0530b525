/**
 * What a person is told when something does not work. Refusals from the core (PracticeError,
 * ScheduleError) and from this adapter carry a message written for people; anything else is a bug,
 * logged for us and answered with an apology, never a stack trace.
 */
import { webApi } from '@slack/bolt';
import { isPracticeError } from '../../src/practice/index.ts';
import { ScheduleError } from '../../src/schedule/contract.ts';
import { PayloadError } from './ids.ts';

/** A refusal by the adapter itself (a DM is not a channel, rounds not switched on, …). */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

export const APOLOGY = 'Sorry, something went wrong on my side. It has been logged; please try again in a moment.';
export const STALE = 'That button or form is from an older version of me and no longer works. Run `/coach practice` for a fresh question.';
export const FORGED = 'That request did not come from one of my messages, so I ignored it. Run `/coach practice` to start again.';

/** Plain text (not yet escaped): the caller escapes it like any other text. */
export function userMessageFor(err: unknown): { message: string; bug: boolean } {
  if (isPracticeError(err) || err instanceof ScheduleError || err instanceof Refusal) return { message: err.userMessage, bug: false };
  if (err instanceof PayloadError) return { message: err.reason === 'stale' ? STALE : FORGED, bug: false };
  return { message: APOLOGY, bug: true };
}

/** Slack's error code for a failed Web API call (`channel_not_found`, `ratelimited`, …), if it was one. */
export function slackErrorCode(err: unknown): string | undefined {
  return err instanceof webApi.WebAPIPlatformError ? err.data.error : undefined;
}

/**
 * An error as it may be logged: name, message and Slack's code, without request bodies (they can hold
 * an answer) or headers (they hold the token).
 */
export function describeError(err: unknown): Record<string, unknown> {
  if (err instanceof webApi.WebAPIPlatformError) return { name: err.name, code: err.code, error: err.data.error };
  if (err instanceof webApi.WebAPIHTTPError) return { name: err.name, code: err.code, status: err.statusCode };
  if (err instanceof webApi.WebAPIRateLimitedError) return { name: err.name, code: err.code, retryAfter: err.retryAfter };
  if (err instanceof webApi.WebAPIRequestError) return { name: err.name, code: err.code, message: err.original.message };
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { value: String(err) };
}
