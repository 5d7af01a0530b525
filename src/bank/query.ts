/** Listing entries by the filters every adapter offers. */
import type { Bank, Difficulty, Entry, Phase, StakeholderRole } from './schema.ts';

export type EntryFilters = {
  difficulty?: Difficulty | undefined;
  phase?: Phase | undefined;
  stakeholder?: StakeholderRole | undefined;
  /** Matches one part of a compound dimension: `Compliance` matches `Structural+Compliance`. */
  dimension?: string | undefined;
};

export function dimensionsOf(entry: Entry): string[] {
  return entry.dimension.split('+').map((d) => d.trim());
}

export function listEntries(bank: Bank, filters: EntryFilters = {}): Entry[] {
  const dimension = filters.dimension?.toLowerCase();
  return bank.entries.filter(
    (e) =>
      (!filters.difficulty || e.difficulty === filters.difficulty) &&
      (!filters.phase || e.phases.includes(filters.phase)) &&
      (!filters.stakeholder || e.stakeholders.includes(filters.stakeholder)) &&
      (!dimension || dimensionsOf(e).some((d) => d.toLowerCase() === dimension)),
  );
}

export function findEntry(bank: Bank, id: string): Entry | undefined {
  const m = /^q?(\d+)$/i.exec(id.trim());
  return m ? bank.entries.find((e) => e.id === `Q${Number(m[1])}`) : undefined;
}

/** Every dimension the bank uses, for option lists. */
export function allDimensions(bank: Bank): string[] {
  return [...new Set(bank.entries.flatMap(dimensionsOf))].sort();
}
