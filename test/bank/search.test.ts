import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.ts';
import { allDimensions, findEntry, listEntries } from '../../src/bank/query.ts';
import { createBankSearch } from '../../src/bank/search.ts';
import { CONTENT } from '../helpers/paths.ts';

const bank = loadBank(CONTENT);
const search = createBankSearch(bank);

describe('search', () => {
  it('ranks the question that is about the query first', () => {
    expect(search.search('circuit breaker')[0]!.id).toBe('Q7');
    expect(search.search('GDPR data residency')[0]!.id).toBe('Q9');
    expect(search.search('gossip')[0]!.id).toBe('Q8');
  });

  it('finds by id, tolerates a typo, and caps results for autocomplete', () => {
    expect(search.search('q12')[0]!.id).toBe('Q12');
    expect(search.search('circiut breaker')[0]!.id).toBe('Q7');
    expect(search.search('', 25)).toHaveLength(25);
    expect(search.search('design', 25).length).toBeLessThanOrEqual(25);
  });

  it('finds nothing for nonsense rather than everything', () => {
    expect(search.search('zzzqqqxxx')).toEqual([]);
  });
});

describe('query API', () => {
  it('filters by difficulty, phase, stakeholder and dimension', () => {
    expect(listEntries(bank, { difficulty: 'F' })).toHaveLength(8);
    expect(listEntries(bank, { phase: 'Requirements' })).toHaveLength(0);
    expect(listEntries(bank, { phase: 'Ops', stakeholder: 'SRE' }).every((e) => e.phases.includes('Ops') && e.stakeholders.includes('SRE'))).toBe(true);
    expect(listEntries(bank, { dimension: 'compliance' }).map((e) => e.id)).toEqual(['Q9', 'Q28']);
    expect(allDimensions(bank)).toContain('Structural');
    expect(findEntry(bank, 'q7')!.id).toBe('Q7');
    expect(findEntry(bank, 'Q99')).toBeUndefined();
  });
});
