/**
 * The language of the bot's own texts for one person: their setting, or under `auto` their Discord
 * client's language (Discord sends it with every interaction), since no answer tells us yet.
 */
import type { BaseInteraction } from 'discord.js';
import type { Lang } from '../../src/i18n/index.ts';
import type { PracticeUser } from '../../src/practice/index.ts';
import type { DiscordContext } from './context.ts';

export async function viewLangOf(ctx: DiscordContext, interaction: BaseInteraction, user: PracticeUser): Promise<Lang> {
  const setting = await ctx.practice.langSetting(user);
  if (setting === 'en' || setting === 'zh') return setting;
  return interaction.locale?.startsWith('zh') ? 'zh' : 'en';
}
