/** Autocomplete choices (at most 25, names and values of at most 100 characters). */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { allDimensions } from '../../../src/bank/query.ts';
import type { Bank } from '../../../src/bank/schema.ts';
import type { BankSearch } from '../../../src/bank/search.ts';
import { fit, LIMITS } from '../limits.ts';

export function questionChoices(search: BankSearch, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  return search.search(typed, LIMITS.choices).map((h) => ({ name: fit(`${h.id} · ${h.title}`, LIMITS.choiceName), value: h.id }));
}

let zones: string[] | undefined;

export function timeZoneChoices(typed: string): ApplicationCommandOptionChoiceData<string>[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  const words = typed.toLowerCase().replace(/\s+/g, '_').split(/[/,]/).filter(Boolean);
  const hits = words.length === 0 ? zones : zones.filter((z) => words.every((w) => z.toLowerCase().includes(w)));
  return hits.slice(0, LIMITS.choices).map((z) => ({ name: z, value: z }));
}

/** The bank's question dimensions (Structural, Data, …) containing what was typed; they come from content/, so they are suggested, not fixed choices. */
export function dimensionChoices(bank: Bank, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const t = typed.trim().toLowerCase();
  return allDimensions(bank)
    .filter((d) => d.toLowerCase().includes(t))
    .slice(0, LIMITS.choices)
    .map((d) => ({ name: fit(d, LIMITS.choiceName), value: fit(d, LIMITS.choiceValue) }));
}
