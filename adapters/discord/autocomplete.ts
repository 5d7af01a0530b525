/** Autocomplete: answered at once from memory (it cannot be deferred, and Discord waits 3 s at most). */
import type { AutocompleteInteraction } from 'discord.js';
import type { DiscordContext } from './context.ts';
import { dimensionChoices, questionChoices, timeZoneChoices } from './render/choices.ts';

export async function autocomplete(ctx: DiscordContext, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const choices =
    focused.name === 'question' || focused.name === 'id'
      ? questionChoices(ctx.search(), typed)
      : focused.name === 'timezone'
        ? timeZoneChoices(typed)
        : focused.name === 'dimension'
          ? dimensionChoices(ctx.practice.bank, typed)
          : [];
  await interaction.respond(choices);
}
