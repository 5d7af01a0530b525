/** The language of the app's own texts for one person, before any answer says: their setting, English under auto. */
import { viewLang, type Lang } from '../../src/i18n/index.ts';
import type { PracticeUser } from '../../src/practice/index.ts';
import type { SlackContext } from './context.ts';

/** Who clicked, as the store knows them: only the platform id is read (no users.info call before a modal opens). */
export const clicker = (user: { id: string; name?: string | undefined }): PracticeUser => ({ platform: 'slack', platformUserId: user.id, displayName: user.name ?? user.id, timeZone: 'UTC' });

export async function viewLangOf(ctx: SlackContext, user: { id: string; name?: string | undefined }): Promise<Lang> {
  return viewLang(await ctx.practice.langSetting(clicker(user)));
}
