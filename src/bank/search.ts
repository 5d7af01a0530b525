/** fuse.js search over the bank: backs the `search` command and Discord/Slack autocomplete. */
import Fuse from 'fuse.js';
import type { Bank, Entry } from './schema.ts';

export type SearchHit = { id: string; title: string; score: number };
type SearchDoc = { id: string; question: string; keyInsight: string; glossary: string; constraints: string };

/** Autocomplete asks the same prefixes again and again (per keystroke, per user): remember recent answers. */
const CACHE_SIZE = 512;

export type BankSearch = { search(query: string, limit?: number): SearchHit[] };

/** Builds the index once per loaded bank; a query then costs microseconds on 28 entries. */
export function createBankSearch(bank: Bank): BankSearch {
  const glossaryNames = new Map(bank.references.glossary.map((g) => [g.id, [g.name, ...g.aliases.en, ...g.aliases.zh]]));
  const docs: SearchDoc[] = bank.entries.map((e: Entry) => ({
    id: e.id,
    question: e.question,
    keyInsight: e.keyInsight,
    // One joined string, not an array: fuse.js scores every array element separately, which costs ~3×.
    glossary: e.refs.glossary.flatMap((id) => glossaryNames.get(id) ?? []).join(' · '),
    constraints: e.constraints.map((c) => `${c.category}: ${c.text}`).join(' | '),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'id', weight: 3 },
      { name: 'question', weight: 2 },
      { name: 'keyInsight', weight: 1 },
      { name: 'glossary', weight: 1 },
      { name: 'constraints', weight: 0.5 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
    ignoreDiacritics: true,
    useExtendedSearch: true,
  });
  const titleOf = new Map(docs.map((d) => [d.id, d.question]));
  const cache = new Map<string, SearchHit[]>();
  const fuzzy = (q: string, limit: number): SearchHit[] => {
    const key = `${limit}\u0000${q.toLowerCase()}`;
    const cached = cache.get(key);
    if (cached) return cached;
    // Words that appear as typed are found by fuse.js's include-match (`'word`, ~10× cheaper than fuzzy
    // matching on this machine); only a query with a typo pays for the fuzzy scan.
    const words = q.split(/\s+/).map((w) => w.replace(/["'!^=|$]/g, '')).filter(Boolean);
    const run = (pattern: string) =>
      fuse.search(pattern, { limit }).map((r) => ({ id: r.item.id, title: r.item.question, score: r.score ?? 1 }));
    let hits = words.length > 0 ? run(words.map((w) => `'${w}`).join(' ')) : [];
    if (hits.length === 0 && words.length > 0) hits = run(words.join(' '));
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, hits);
    return hits;
  };
  return {
    search(query, limit = 25) {
      const q = query.trim().slice(0, 200);
      if (q === '') return docs.slice(0, limit).map((d) => ({ id: d.id, title: d.question, score: 0 }));
      const exactId = /^q?(\d{1,4})$/i.exec(q);
      const hits = fuzzy(q, limit);
      if (exactId) {
        const id = `Q${Number(exactId[1])}`;
        const title = titleOf.get(id);
        if (title) return [{ id, title, score: 0 }, ...hits.filter((h) => h.id !== id)].slice(0, limit);
      }
      return hits;
    },
  };
}
