/**
 * Who may change a channel's daily round: workspace admins and owners, and the channel's creator.
 * Asked of Slack's Web API every time, never read from the command text. Fails closed: if Slack cannot
 * tell us, the answer is no.
 */
import type { webApi } from '@slack/bolt';
import { describeError } from './failure.ts';

type Client = Pick<webApi.WebClient, 'users' | 'conversations'>;

export async function isChannelAdmin(client: Client, userId: string, channelId: string, log: { warn(fields: object, message: string): void }): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    if (user?.is_admin || user?.is_owner || user?.is_primary_owner) return true;
  } catch (err) {
    log.warn({ event: 'slack-admin-check-failed', method: 'users.info', ...describeError(err) }, 'admin check failed');
  }
  try {
    const { channel } = await client.conversations.info({ channel: channelId });
    return channel?.creator === userId;
  } catch (err) {
    log.warn({ event: 'slack-admin-check-failed', method: 'conversations.info', ...describeError(err) }, 'admin check failed');
    return false;
  }
}
