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
