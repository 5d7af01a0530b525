/** A `/coach` command as its handlers see it, after the ack. */
import type { RespondFn, webApi } from '@slack/bolt';
import type { SlackContext } from '../../context.ts';
import { replyPrivately } from '../../reply.ts';
import type { SlackMessage } from '../../render/blocks.ts';

export type CommandRequest = {
  client: webApi.WebClient;
  respond: RespondFn;
  userId: string;
  userName: string;
  teamId: string;
  channelId: string;
};

export const reply = (ctx: SlackContext, req: CommandRequest, msg: SlackMessage) =>
  replyPrivately({ client: req.client, userId: req.userId, channelId: req.channelId, respond: req.respond }, msg, ctx);

export const userOf = (ctx: SlackContext, req: CommandRequest) => ctx.people.user(req.client, req.userId, req.userName);
