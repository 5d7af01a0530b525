/** Reading the practice options of a slash command. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { QuestionFilters } from '../../../src/practice/index.ts';
import type { DiscordContext } from '../context.ts';
import { PracticeFiltersSchema, type PracticeFilters } from '../custom-id.ts';

/** Values as typed, for the core to check (it names the one that is wrong). */
export function rawFilters(interaction: ChatInputCommandInteraction): QuestionFilters {
  const get = (name: string) => interaction.options.getString(name) ?? undefined;
  return { difficulty: get('difficulty'), phase: get('phase'), stakeholder: get('stakeholder') };
}

/** The filters for the buttons' custom ids, once the core accepted them (it ignores them beside an explicit id). */
export const acceptedFilters = (f: QuestionFilters): PracticeFilters => PracticeFiltersSchema.safeParse(f).data ?? {};

/**
 * An autocomplete option arrives as typed when the user did not pick a suggestion: "Q7", "7" or words
 * from the question. Words go to the bank search, whose best hit is what the list showed first.
 */
export function questionIdFrom(ctx: DiscordContext, typed: string | null): string | undefined {
  const t = typed?.trim();
  if (!t) return undefined;
  if (/^q?\d+$/i.test(t)) return t;
  return ctx.search().search(t, 1)[0]?.id ?? t;
}
