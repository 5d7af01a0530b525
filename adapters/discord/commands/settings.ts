/** `/settings lang:` — the language of feedback and report cards: en, zh, or auto (each answer's own). */
import type { ChatInputCommandInteraction } from 'discord.js';
import { messages, viewLang } from '../../../src/i18n/index.ts';
import { parseLangSetting } from '../../../src/practice/index.ts';
import type { DiscordContext } from '../context.ts';
import { replyPrivately } from '../reply.ts';
import { practiceUser } from '../user.ts';

export async function settingsCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const user = practiceUser(interaction, ctx.defaultTimeZone);
  const given = interaction.options.getString('lang');
  if (!given) {
    const setting = await ctx.practice.langSetting(user);
    await replyPrivately(interaction, { content: messages(viewLang(setting)).settings.current(setting, '/settings lang:') });
    return;
  }
  const setting = parseLangSetting(given);
  await ctx.practice.setLang(user, setting);
  await replyPrivately(interaction, { content: messages(viewLang(setting)).settings.lang[setting] });
}
