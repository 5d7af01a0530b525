/** `/coach forget-me`: asks first; the buttons do the deleting (listeners/actions/forget.ts). */
import type { SlackContext } from '../../context.ts';
import { forgetConfirmMessage } from '../../render/forget.ts';
import { reply, type CommandRequest } from './request.ts';

export const forgetMe = (ctx: SlackContext, req: CommandRequest) => reply(ctx, req, forgetConfirmMessage());
