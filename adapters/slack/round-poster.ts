/**
 * Daily rounds in Slack channels: the RoundPoster port (src/schedule/contract.ts). It uses its own Web API
 * client that does not sit out rate limits itself: a 429 comes back at once as a retryable
 * RoundPostError with Slack's Retry-After, so the scheduler decides when to try again and its queue is
 * never held by one busy channel.
 */
import { webApi } from '@slack/bolt';
import { RoundPostError, type RoundPoster } from '../../src/schedule/contract.ts';
import { slackErrorCode } from './failure.ts';
import type { SlackMessage } from './render/blocks.ts';
import { roundQuestionMessage, roundSummaryMessage } from './render/round.ts';

/** Nothing to gain from retrying: the channel is gone, closed to us, or the app lacks a permission. */
const HARD = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'missing_scope', 'restricted_action', 'not_authed', 'invalid_auth', 'account_inactive', 'token_revoked', 'no_permission', 'team_access_not_granted', 'ekm_access_denied']);

export function roundPostError(err: unknown): RoundPostError {
  if (err instanceof webApi.WebAPIRateLimitedError) return new RoundPostError(`Slack rate limited the post; retry after ${err.retryAfter} s`, true, err.retryAfter);
  const code = slackErrorCode(err);
  if (code === 'ratelimited') {
    const after = (err as webApi.WebAPIPlatformError).data.response_metadata?.retryAfter;
    return new RoundPostError('Slack rate limited the post', true, typeof after === 'number' ? after : undefined);
  }
  if (code !== undefined) return new RoundPostError(`Slack refused the post: ${code}`, !HARD.has(code));
  if (err instanceof webApi.WebAPIHTTPError) return new RoundPostError(`Slack answered HTTP ${err.statusCode}`, err.statusCode >= 500);
  // Network trouble (WebAPIRequestError) and anything unforeseen: worth another try later.
  return new RoundPostError(`Posting to Slack failed: ${err instanceof Error ? err.name : 'unknown error'}`, true);
}

/** Our round posts: no ping, no link previews. */
async function post(client: webApi.WebClient, channel: string, msg: SlackMessage): Promise<void> {
  try {
    await client.chat.postMessage({ channel, text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false });
  } catch (err) {
    throw roundPostError(err);
  }
}

/** The client that posts in a workspace (scope `slack:<team>`): the one bot token, or that workspace's install. */
export type ClientFor = (teamId: string) => Promise<webApi.WebClient | undefined>;

export function createRoundPoster(clients: webApi.WebClient | ClientFor): RoundPoster {
  const clientFor: ClientFor = typeof clients === 'function' ? clients : async () => clients;
  const inWorkspace = async (scope: string) => {
    const client = await clientFor(scope.replace(/^slack:/, ''));
    // Uninstalled since the schedule was set: nothing to retry until someone installs the app again.
    if (!client) throw new RoundPostError('The app is not installed in this workspace any more', false);
    return client;
  };
  return {
    postQuestion: async (round) => post(await inWorkspace(round.channel.scope), round.channel.channelId, roundQuestionMessage(round)),
    postSummary: async (summary) => post(await inWorkspace(summary.channel.scope), summary.channel.channelId, roundSummaryMessage(summary)),
  };
}

/** A client for round posts: rate limits are the scheduler's to wait out; a network blip gets two quick retries. */
export function roundPostClient(token: string, options: webApi.WebClientOptions = {}): webApi.WebClient {
  return new webApi.WebClient(token, { ...options, rejectRateLimitedCalls: true, retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 } });
}
