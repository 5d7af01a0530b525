/**
 * Private replies. A response_url (slash commands, message buttons) works in any channel, even one the
 * bot is not in; otherwise chat.postEphemeral in the channel; and where that is not possible (App Home,
 * a channel the bot cannot see) a direct message in the app's Messages tab.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import { escape } from './mrkdwn.ts';
import { notice, type SlackMessage } from './render/blocks.ts';
import { describeError, userMessageFor } from './failure.ts';
import type { SlackContext } from './context.ts';

export type Where = {
  client: webApi.WebClient;
  userId: string;
  channelId: string | null;
  respond?: RespondFn | undefined;
};

export async function replyPrivately(where: Where, msg: SlackMessage, ctx: Pick<SlackContext, 'log'>): Promise<void> {
  if (where.respond) {
    await where.respond({ response_type: 'ephemeral', replace_original: false, text: msg.text, blocks: msg.blocks });
    return;
  }
  if (where.channelId && !where.channelId.startsWith('D')) {
    try {
      await where.client.chat.postEphemeral({ channel: where.channelId, user: where.userId, text: msg.text, blocks: msg.blocks });
      return;
    } catch (err) {
      ctx.log.warn({ event: 'slack-ephemeral-failed', ...describeError(err) }, 'ephemeral reply failed; sending a direct message');
    }
  }
  // A user id as the channel: Slack delivers it in the app's DM with that user.
  await where.client.chat.postMessage({ channel: where.userId, text: msg.text, blocks: msg.blocks, unfurl_links: false });
}

/** Tells the person what went wrong in words for people; logs bugs in full for us. */
export async function replyWithFailure(where: Where, err: unknown, ctx: Pick<SlackContext, 'log'>, event: string): Promise<void> {
  const { message, bug } = userMessageFor(err);
  if (bug) ctx.log.error({ event, ...describeError(err) }, 'slack handler failed');
  try {
    await replyPrivately(where, notice(`:warning: ${escape(message)}`), ctx);
  } catch (replyErr) {
    ctx.log.error({ event: 'slack-reply-failed', ...describeError(replyErr) }, 'could not tell the user about a failure');
  }
}
