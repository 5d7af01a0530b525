/** Parsing `d=A phase=Ops s=SRE` typed at the prompt; the core checks the values. */
import type { QuestionFilters } from '../../src/practice/index.ts';

const KEYS: Record<string, keyof QuestionFilters> = {
  d: 'difficulty', difficulty: 'difficulty',
  p: 'phase', phase: 'phase',
  s: 'stakeholder', stakeholder: 'stakeholder',
  dim: 'dimension', dimension: 'dimension',
};

export class FilterSyntaxError extends Error {}

export function parseFilterLine(line: string): QuestionFilters {
  const filters: QuestionFilters = {};
  for (const token of line.trim().split(/\s+/)) {
    const [key = '', value = ''] = token.split('=', 2);
    const name = KEYS[key.toLowerCase()];
    if (!name || !value) throw new FilterSyntaxError(`"${token}" is not a filter. Write difficulty=A, phase=Ops, stakeholder=SRE or dimension=Structural (or d=, p=, s=, dim=).`);
    filters[name] = value;
  }
  return filters;
}

export function describeFilterLine(filters: QuestionFilters): string {
  return Object.entries(filters).map(([k, v]) => `${k}=${v}`).join(' ');
}

export type MockArgs = { kind: 'end' } | { kind: 'start'; filters: QuestionFilters; count?: number };

/** `mock`, `mock 2`, `mock d=A p=Ops 2`, `mock end`: the count is a bare number, filters as at the prompt. */
export function parseMockArgs(text: string): MockArgs {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 1 && /^(end|stop|quit)$/i.test(tokens[0]!)) return { kind: 'end' };
  const numbers = tokens.filter((t) => /^\d+$/.test(t));
  if (numbers.length > 1) throw new FilterSyntaxError(`Give one number of questions, not ${numbers.join(' and ')}.`);
  const rest = tokens.filter((t) => !/^\d+$/.test(t));
  return { kind: 'start', filters: rest.length > 0 ? parseFilterLine(rest.join(' ')) : {}, ...(numbers[0] ? { count: Number(numbers[0]) } : {}) };
}
