/** Turning a user's typed filters into bank filters, naming the filter when a value is wrong or matches nothing. */
import { allDimensions, listEntries, type EntryFilters } from '../bank/query.ts';
import { DIFFICULTIES, DIFFICULTY_NAMES, PHASES, STAKEHOLDER_ROLES, type Bank, type Entry } from '../bank/schema.ts';
import { PracticeError } from './errors.ts';
import type { QuestionFilters } from './types.ts';

type FilterName = keyof Omit<QuestionFilters, 'id'>;

function choose<T extends string>(name: FilterName, value: string, options: readonly T[], aliases: Record<string, T> = {}): T {
  const wanted = value.trim().toLowerCase();
  const found = options.find((o) => o.toLowerCase() === wanted) ?? aliases[wanted];
  if (found) return found;
  throw new PracticeError('unknown-filter-value', `There is no ${name} "${value.trim()}". Try one of: ${options.join(', ')}.`);
}

const DIFFICULTY_ALIASES = Object.fromEntries(DIFFICULTIES.map((d) => [DIFFICULTY_NAMES[d].toLowerCase(), d]));

const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

export function resolveFilters(bank: Bank, filters: QuestionFilters): EntryFilters {
  return {
    difficulty: given(filters.difficulty) ? choose('difficulty', filters.difficulty, DIFFICULTIES, DIFFICULTY_ALIASES) : undefined,
    phase: given(filters.phase) ? choose('phase', filters.phase, PHASES) : undefined,
    stakeholder: given(filters.stakeholder) ? choose('stakeholder', filters.stakeholder, STAKEHOLDER_ROLES) : undefined,
    dimension: given(filters.dimension) ? choose('dimension', filters.dimension, allDimensions(bank)) : undefined,
  };
}

export function describeFilters(filters: EntryFilters): string {
  return Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} "${v}"`)
    .join(' and ');
}

/** The entries a user may be asked under these filters; never empty. */
export function matchingEntries(bank: Bank, filters: QuestionFilters): Entry[] {
  const resolved = resolveFilters(bank, filters);
  const entries = listEntries(bank, resolved);
  if (entries.length === 0) {
    const named = describeFilters(resolved);
    throw new PracticeError('no-match', named ? `No question matches ${named}. Try fewer or other filters.` : 'The question bank is empty.');
  }
  return entries;
}
