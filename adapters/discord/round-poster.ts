/**
 * The RoundPoster port for Discord: a daily round's question and summary posted in its channel through
 * discord.js's REST client (its queue respects Discord's rate limits and retries 429s and 5xx), with
 * Discord's refusals turned into RoundPostError so the scheduler knows whether to retry.
 */
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import type { ChannelRef, RoundPoster, RoundQuestion, RoundSummary } from '../../src/schedule/contract.ts';
import { RoundPostError } from '../../src/schedule/contract.ts';
import { roundQuestionMessage, roundSummaryMessage } from './render/round.ts';
import type { MessageBody } from './render/message.ts';

/** JSON codes meaning the channel will not take our message until a person changes something. */
const HARD_CODES: Record<number, string> = {
  10003: 'the channel no longer exists',
  50001: 'the bot has no access to the channel',
  50013: 'the bot lacks a permission in the channel (View Channel, Send Messages, Embed Links)',
};

export function roundPostErrorFrom(err: unknown): RoundPostError {
  if (err instanceof RoundPostError) return err;
  if (err instanceof RateLimitError) return new RoundPostError(`Discord rate limit on ${err.route}`, true, Math.ceil(err.retryAfter / 1000));
  if (err instanceof DiscordAPIError) {
    const hard = typeof err.code === 'number' ? HARD_CODES[err.code] : undefined;
    if (hard) return new RoundPostError(`Discord refused the post: ${hard} (code ${err.code})`, false);
    const retryable = err.status === 429 || err.status >= 500;
    return new RoundPostError(`Discord refused the post: HTTP ${err.status}, code ${err.code}`, retryable);
  }
  // discord.js has already retried a 5xx or a timeout a few times: worth trying again later.
  if (err instanceof HTTPError) return new RoundPostError(`Discord answered HTTP ${err.status}`, err.status >= 500 || err.status === 429);
  const name = err instanceof Error ? err.name : 'Error';
  return new RoundPostError(`could not reach Discord (${name})`, true);
}

function channelOf(ref: ChannelRef): string {
  if (ref.platform !== 'discord') throw new RoundPostError(`not a Discord channel: ${ref.platform}`, false);
  return ref.channelId;
}

async function post(rest: REST, ref: ChannelRef, body: MessageBody): Promise<void> {
  const channelId = channelOf(ref);
  try {
    // Nothing in a round message may ping anyone, whatever a question or a display name contains.
    await rest.post(Routes.channelMessages(channelId), { body: { embeds: body.embeds, components: body.components, allowed_mentions: { parse: [] } } });
  } catch (err) {
    throw roundPostErrorFrom(err);
  }
}

export function createRoundPoster(rest: REST): RoundPoster {
  return {
    postQuestion: (round: RoundQuestion) => post(rest, round.channel, roundQuestionMessage(round)),
    postSummary: (summary: RoundSummary) => post(rest, summary.channel, roundSummaryMessage(summary)),
  };
}
