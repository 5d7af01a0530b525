/** `/coach lang en|zh|auto`: the language of feedback and report cards; without a value, the current one. */
import { messages, viewLang } from '../../../../src/i18n/index.ts';
import { parseLangSetting } from '../../../../src/practice/index.ts';
import type { SlackContext } from '../../context.ts';
import { escape } from '../../mrkdwn.ts';
import { notice } from '../../render/blocks.ts';
import { reply, userOf, type CommandRequest } from './request.ts';

export async function lang(ctx: SlackContext, req: CommandRequest, given: string | undefined): Promise<void> {
  const user = await userOf(ctx, req);
  if (given === undefined) {
    const setting = await ctx.practice.langSetting(user);
    await reply(ctx, req, notice(escape(messages(viewLang(setting)).settings.current(setting, '/coach lang en|zh|auto'))));
    return;
  }
  const setting = parseLangSetting(given);
  await ctx.practice.setLang(user, setting);
  await reply(ctx, req, notice(escape(messages(viewLang(setting)).settings.lang[setting])));
}
