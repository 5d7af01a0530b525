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

const WORD_CHAR = /[\w-]/;

/** `needle` in `haystack` with no word character or hyphen on either side (both lowercase). */
function containsWord(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

type GlossaryNeedles = { id: string; names: { name: string; lower: string; han: boolean; first: string }[] }[];
const needles = new WeakMap<References, GlossaryNeedles>();

/** Glossary names and aliases prepared once per loaded references (the aliases run to hundreds). */
function glossaryNeedles(references: References): GlossaryNeedles {
  let list = needles.get(references);
  if (!list) {
    list = references.glossary.map((g) => ({
      id: g.id,
      names: [g.name, ...g.aliases.en, ...g.aliases.zh].map((name) => ({
        name,
        lower: name.toLowerCase(),
        han: /\p{Script=Han}/u.test(name),
        first: name.toLowerCase().split(/[^a-z0-9]+/).find(Boolean) ?? '',
      })),
    }));
    needles.set(references, list);
  }
  return list;
}

export function findRefs(e: EntryRecord, references: References): EntryRefs {
  const citations = new Set<string>();
  const tools = new Set<string>();
  const glossary = new Set<string>();
  const texts = entryTexts(e);
  for (const { text } of texts) {
    for (const id of citationIds(text)) citations.add(id);
    for (const m of text.matchAll(GLOSSARY_ID)) glossary.add(`G${m[1]}`);
  }
  for (const t of toolMentions(e)) tools.add(t.id);
  for (const c of e.constraints) {
    const g = (CONSTRAINT_CATEGORIES as Record<string, string>)[c.category];
    if (g) glossary.add(g);
  }
  const all = texts.map((t) => t.text).join('\n');
  const lower = all.toLowerCase();
  const hasHan = /\p{Script=Han}/u.test(all);
  const words = new Set(lower.split(/[^a-z0-9]+/));
  for (const term of glossaryNeedles(references)) {
    // A name's first word must be one of the text's words (a set lookup) before the substring and
    // word-boundary tests run: the aliases run to hundreds and most miss.
    for (const n of term.names) {
      const possible = n.han ? hasHan : words.has(n.first);
      if (possible && (n.han ? lower.includes(n.lower) : containsWord(lower, n.lower))) {
        glossary.add(term.id);
        break;
      }
    }
  }
  const sorted = (s: Set<string>) => [...s].map((id) => ({ id })).sort(byId).map((x) => x.id);
  return { citations: sorted(citations), tools: sorted(tools), glossary: sorted(glossary) };
}
