/** Finding the references an entry's text makes: `[C5, C13]`, `Prometheus (T5)`, glossary terms. */
import { CONSTRAINT_CATEGORIES, type EntryRecord, type EntryRefs, type References } from './schema.ts';
import { byId } from './text.ts';

export type ToolMention = { id: string; field: string; context: string };

const CITATION_GROUP = /\[(C\d+(?:\s*,\s*C\d+)*)\]/g;
// `(T5)` or `(Prometheus T5)`: the id closes a parenthesis.
const TOOL_REF = /\(([^()]{0,60}?\s)?(T\d+)\)/g;
const GLOSSARY_ID = /\bG([1-9]\d*)\b/g;

/** Every text field of an entry, with the field name the validator reports. */
export function entryTexts(e: EntryRecord): { field: string; text: string }[] {
  const texts = [
    { field: 'question', text: e.question },
    { field: 'keyInsight', text: e.keyInsight },
    ...e.constraints.map((c, i) => ({ field: `constraints.${i}`, text: `${c.category}: ${c.text}` })),
  ];
  if (e.answer) texts.push({ field: 'answer', text: e.answer });
  if (e.metrics) texts.push({ field: 'metrics', text: e.metrics });
  e.tradeOffs.forEach((t, i) =>
    texts.push({ field: `tradeOffs.${i}`, text: [t.approach, t.pros, t.cons, t.hardware, t.budget, t.business, t.tag].join(' | ') }),
  );
  e.stakeholderNotes.forEach((n, i) => texts.push({ field: `stakeholderNotes.${i}`, text: `${n.role}: ${n.note}` }));
  return texts;
}

export function citationIds(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(CITATION_GROUP)) ids.push(...m[1]!.split(/\s*,\s*/));
  return ids;
}

/** Each `(Tn)` with the few words before it (or inside the parenthesis), to check the tool named there. */
export function toolMentions(e: EntryRecord): ToolMention[] {
  const out: ToolMention[] = [];
  for (const { field, text } of entryTexts(e)) {
    for (const m of text.matchAll(TOOL_REF)) {
      const inside = m[1]?.trim() ?? '';
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      out.push({ id: m[2]!, field, context: `${before}${inside ? ` ${inside}` : ''}`.trim() });
    }
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive whole-word matcher for a glossary or tool name (Chinese names match as substrings). */
const matchers = new Map<string, RegExp>();
export function nameMatcher(name: string): RegExp {
  let re = matchers.get(name);
  if (!re) {
    re = /^[\x00-\x7f]+$/.test(name)
      ? new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'i')
      : new RegExp(escapeRegExp(name));
    matchers.set(name, re);
  }
  return re;
}

/**
 * Glossary names and aliases prepared once per loaded references: the English ones as one alternation
 * (one scan of the text finds them all — a check per alias cost ~6× more on a 10,000-entry bank), the
 * Chinese ones as substrings, only looked for in texts that hold Chinese.
 */
type GlossaryMatcher = { ascii: RegExp | null; idOf: Map<string, string>; han: { name: string; id: string }[] };
const glossaryMatchers = new WeakMap<References, GlossaryMatcher>();

function glossaryMatcher(references: References): GlossaryMatcher {
  let m = glossaryMatchers.get(references);
  if (!m) {
    const idOf = new Map<string, string>();
    const han: GlossaryMatcher['han'] = [];
    for (const g of references.glossary) {
      for (const name of [g.name, ...g.aliases.en, ...g.aliases.zh]) {
        if (/\p{Script=Han}/u.test(name)) han.push({ name, id: g.id });
        else if (!idOf.has(name.toLowerCase())) idOf.set(name.toLowerCase(), g.id);
      }
    }
    const names = [...idOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const ascii = names.length > 0 ? new RegExp(`(?<![\\w-])(?:${names.map(escapeRegExp).join('|')})(?![\\w-])`, 'g') : null;
    m = { ascii, idOf, han };
    glossaryMatchers.set(references, m);
  }
  return m;
}

export function findRefs(e: EntryRecord, references: References): EntryRefs {
  const citations = new Set<string>();
  const tools = new Set<string>();
  const glossary = new Set<string>();
  // One joined text, scanned once per kind of reference (no reference spans two fields).
  const all = entryTexts(e)
    .map((t) => t.text)
    .join('\n');
  for (const id of citationIds(all)) citations.add(id);
  for (const m of all.matchAll(TOOL_REF)) tools.add(m[2]!);
  for (const m of all.matchAll(GLOSSARY_ID)) glossary.add(`G${m[1]}`);
  for (const c of e.constraints) {
    const g = (CONSTRAINT_CATEGORIES as Record<string, string>)[c.category];
    if (g) glossary.add(g);
  }
  const lower = all.toLowerCase();
  const matcher = glossaryMatcher(references);
  if (matcher.ascii) for (const m of lower.matchAll(matcher.ascii)) glossary.add(matcher.idOf.get(m[0])!);
  if (/\p{Script=Han}/u.test(lower)) for (const h of matcher.han) if (lower.includes(h.name)) glossary.add(h.id);
  const sorted = (s: Set<string>) => [...s].map((id) => ({ id })).sort(byId).map((x) => x.id);
  return { citations: sorted(citations), tools: sorted(tools), glossary: sorted(glossary) };
}
