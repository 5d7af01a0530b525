/**
 * Compiles an entry into a Rubric once, at load time: key-insight concepts (with synonyms, glossary aliases
 * and direction), constraint atoms (category, value, quantity), the numbers the entry stands on, trade-off
 * alternatives and costs, stakeholder roles, and the entry's vocabulary for telling on-topic from off-topic.
 */
import { nameMatcher } from '../bank/refs.ts';
import type { Entry, References } from '../bank/schema.ts';
import { constraintValues } from '../bank/text.ts';
import { ROLE_TERMS, STOPWORDS } from './lexicon.ts';
import { compileTerm, termKey, withSynonyms, type Term } from './match.ts';
import { memoize } from './memo.ts';
import { normalizeText, tokenize } from './normalize.ts';
import { extractQuantities, type Quantity } from '../bank/quantity.ts';

export type Direction = 'up' | 'down';

export type Concept = {
  label: string;
  terms: Term[];
  /** A number the key insight stands on (`+25ms`, `8K TPS`): matched by value, not by words. */
  quantity?: Pick<Quantity, 'value' | 'dimension' | 'raw'>;
  weight: number;
  /** Names the recommended approach (the key insight's subject, or a glossary pattern it names). */
  approach?: boolean;
  direction?: Direction;
  /** The glossary entry that explains it, for "read next". */
  glossaryId?: string;
};

export type ConstraintAtom = {
  category: string;
  /** `Technical: 32GB` */
  label: string;
  value: string;
  quantity: Pick<Quantity, 'value' | 'dimension' | 'raw'> | null;
  /** Every number the value holds (`48-core total (EU: 24, US: 24)` → 48, 24): none of them is a wrong number. */
  numbers: number[];
  /**
   * Words that show a number in the answer is about this constraint: the value's own words (`uptime`,
   * `revenue`) or, when it has none (`32GB`, `$50K/mo`), its category's (`memory`, `budget`).
   */
  context: Term[];
  /** For values without a number (`GDPR data residency`, `libp2p`): the words that name them. */
  terms: Term[];
  glossaryId: string | null;
};

export type Rubric = {
  entryId: string;
  concepts: Concept[];
  /** Distinctive words of the model answer: paraphrase support for the key insight. */
  support: Term[];
  atoms: ConstraintAtom[];
  /** Numbers the entry itself stands on (key insight, metrics, model answer). */
  numbers: Pick<Quantity, 'value' | 'dimension' | 'raw'>[];
  alternatives: { label: string; terms: Term[] }[];
  costs: Term[];
  roles: { role: string; terms: Term[] }[];
  /** 4-grams of the question and of the constraints line, to spot copies. */
  questionGrams: Set<string>;
  constraintGrams: Set<string>;
  vocabulary: Set<string>;
  citations: string[];
};

const CATEGORY_CONTEXT: Record<string, string[]> = {
  Technical: ['core', 'cpu', 'memory', 'ram', 'storage', 'disk', 'network', 'bandwidth', 'nic', 'node', 'iops', 'hsm', 'machine', 'server', 'box'],
  Resource: ['budget', 'team', 'devs', 'engineers', 'headcount', 'month', 'deadline', 'timeline', 'people', 'sre', 'spend'],
  Business: ['revenue', 'users', 'sla', 'latency', 'gmv', 'volume', 'target', 'customers', 'requests', 'aum', 'tvl'],
  Operational: ['uptime', 'availability', 'sla', 'slo', 'headroom', 'rpo', 'rto', 'downtime', 'nines', 'failover'],
  Compliance: ['audit', 'compliance', 'regulator', 'retention', 'gdpr'],
  Organizational: ['team', 'org', 'approval', 'committee', 'process'],
  Ecosystem: ['version', 'sdk', 'library', 'crate', 'provider'],
};

const DIRECTION_PHRASE =
  /\b(reduc\w*|cut\w*|lower\w*|decreas\w*|minimi[sz]\w*|sav\w*|increas\w*|rais\w*|boost\w*|maximi[sz]\w*|improv\w*|doubl\w*|add\w*|spik\w*)\s+(?:the\s+|a\s+)?([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)/gi;

export function grams(text: string, n = 4): Set<string> {
  const stems = tokenize(normalizeText(text).text)
    .filter((t) => !STOPWORDS.has(t.text))
    .map((t) => t.stem);
  const out = new Set<string>();
  for (let i = 0; i + n <= stems.length; i++) out.add(stems.slice(i, i + n).join(' '));
  return out;
}

/** An entry's texts are read by several parts of the compile: tokenise each once. */
const contentWords = memoize(contentWordsUncached, 5_000);

function contentWordsUncached(text: string): string[] {
  return tokenize(normalizeText(text).text)
    .filter((t) => !t.isNumber && !STOPWORDS.has(t.text) && !t.isHan && t.text.length >= 4 && !/\d/.test(t.text))
    .map((t) => t.text);
}

type GlossaryNames = { id: string; names: string[] }[];

function glossaryNames(references: References): GlossaryNames {
  return references.glossary
    .filter((g) => !/Constraint$|^Stakeholder$/.test(g.name))
    .map((g) => ({ id: g.id, names: [g.name, g.name.replace(/\s+(Pattern|Architecture|Management|Optimization)$/i, ''), ...g.aliases.en, ...g.aliases.zh] }));
}

/** Words that carry no idea of their own in a key insight ("fitting $8K/mo budget", "requires 12 devs"). */
const GENERIC = new Set([
  'fitting', 'fits', 'enabling', 'enables', 'requires', 'requiring', 'needs', 'adds', 'achieves', 'achieve', 'within', 'total',
  'budget', 'team', 'person', 'cost', 'costs', 'delivery', 'while', 'over', 'before', 'after', 'using', 'based', 'vs.', 'monthly',
  'supports', 'keeps', 'gives', 'makes', 'allows', 'preserving', 'preserves', 'capturing', 'yields', 'sacrifices', 'increasing',
]);
const SUBJECT_END = /\b(reduc\w*|achiev\w*|migrat\w*|cut\w*|enabl\w*|trips?|preserv\w*|support\w*|validat\w*|yield\w*|maximi\w*|scal\w*|drops?|repays?|fits?|fitting|increas\w*|lowers?|improv\w*|provid\w*|guarantee\w*)\b|[,:;(]/i;

function keyInsightConcepts(entry: Entry, glossary: GlossaryNames): Concept[] {
  // Code in the key insight (`Arc<Mutex<HashMap<…>>>`) names an implementation, not a concept to say aloud.
  const insight = entry.keyInsight.replace(/`[^`]*`/g, ' ');
  const lower = normalizeText(insight).text.toLowerCase();
  const questionWords = new Set(contentWords(entry.question).map((w) => compileTerm(w)).flatMap((t) => (t && 'stems' in t ? t.stems : [])));
  const concepts: Concept[] = [];
  const used = new Set<string>();
  const inQuestion = (word: string) => {
    const t = compileTerm(word);
    return Boolean(t && 'stems' in t && t.stems.every((s) => questionWords.has(s)));
  };
  const add = (c: Concept) => {
    const key = c.quantity ? `q:${c.quantity.dimension}:${c.quantity.value}` : c.terms.map(termKey).join('|');
    if (used.has(key) || (c.terms.length === 0 && !c.quantity)) return;
    used.add(key);
    concepts.push(c);
  };
  // Glossary terms the key insight names are its strongest concepts; ones only the question names are the topic.
  for (const g of glossary) {
    const named = g.names.filter((n) => n.length >= 3);
    const inInsight = named.some((n) => nameMatcher(n).test(lower));
    const namedInQuestion = named.some((n) => nameMatcher(n).test(entry.question));
    if (inInsight || namedInQuestion) {
      add({ label: g.names[0]!, terms: named.flatMap((n) => withSynonyms(n)), weight: inInsight && !namedInQuestion ? 2.5 : 0.5, approach: inInsight, glossaryId: g.id });
      for (const n of named) for (const w of contentWords(n)) used.add(w);
    }
  }
  // The approach is the key insight's subject: "Strangler Fig", "Range-based sharding", "Token-bucket load shedding".
  const subject = lower.split(SUBJECT_END)[0] ?? '';
  const approachWords = contentWords(subject).filter((w) => !used.has(w) && !GENERIC.has(w) && !inQuestion(w)).slice(0, 4);
  for (const w of approachWords) {
    add({ label: w, terms: withSynonyms(w), weight: 5 / approachWords.length, approach: true });
    used.add(w);
  }
  for (const m of lower.matchAll(DIRECTION_PHRASE)) {
    const verb = m[1]!;
    const object = m[2]!.split(/\s+/).filter((w) => !STOPWORDS.has(w) && !/^\d/.test(w) && !GENERIC.has(w));
    if (object.length === 0) continue;
    const direction: Direction = /^(reduc|cut|lower|decreas|minimi|sav)/.test(verb) ? 'down' : 'up';
    const main = object[0]!;
    if (used.has(main)) continue;
    add({ label: `${verb} ${object.join(' ')}`, terms: withSynonyms(main), weight: 1.5, direction });
    used.add(main);
    used.add(verb);
  }
  const numbers = extractQuantities(lower).filter((q) => q.dimension !== 'number').slice(0, 5);
  for (const q of numbers) add({ label: q.raw, terms: [], weight: 0.8, quantity: { value: q.value, dimension: q.dimension, raw: q.raw } });
  for (const word of contentWords(insight)) {
    if (used.has(word) || GENERIC.has(word)) continue;
    used.add(word);
    add({ label: word, terms: withSynonyms(word), weight: inQuestion(word) ? 0.3 : 1 });
  }
  return concepts;
}

function modelAnswerSupport(entry: Entry, documentFrequency: Map<string, number>, entryCount: number): Term[] {
  if (!entry.answer) return [];
  const counts = new Map<string, number>();
  for (const w of contentWords(`${entry.answer} ${entry.tradeOffs.map((t) => t.approach).join(' ')}`)) {
    const stem = compileTerm(w);
    if (!stem || !('stems' in stem)) continue;
    const key = stem.stems[0]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([stem, tf]) => ({ stem, weight: tf * Math.log((1 + entryCount) / (1 + (documentFrequency.get(stem) ?? 0))) }))
    .filter((s) => s.weight > 1.2 && s.stem.length >= 4)
    .sort((a, b) => b.weight - a.weight || a.stem.localeCompare(b.stem))
    .slice(0, 14)
    .map((s) => ({ stems: [s.stem] }));
}

function constraintAtoms(entry: Entry, glossaryIdOf: (category: string) => string | null): ConstraintAtom[] {
  const atoms: ConstraintAtom[] = [];
  for (const c of entry.constraints) {
    for (const value of constraintValues(c.text)) {
      const found = extractQuantities(normalizeText(value).text);
      // A bare number (`EU: 24`) only stands for the value when nothing with a unit does.
      const withUnits = found.filter((q) => q.dimension !== 'number');
      const quantities = withUnits.length > 0 ? withUnits : found;
      const words = contentWords(value).filter((w) => !/^(total|mo|per)$/.test(w));
      const context = (words.length > 0 ? words : (CATEGORY_CONTEXT[c.category] ?? [])).flatMap((w) => withSynonyms(w));
      const glossaryId = glossaryIdOf(c.category);
      if (quantities.length === 0) {
        const terms = words.flatMap((w) => [compileTerm(w)!].filter(Boolean));
        for (const h of value.match(/\p{Script=Han}+/gu) ?? []) terms.push({ han: h });
        atoms.push({ category: c.category, label: `${c.category}: ${value}`, value, quantity: null, numbers: [], context, terms, glossaryId });
        continue;
      }
      for (const q of quantities) {
        atoms.push({
          category: c.category,
          label: `${c.category}: ${value}`,
          value,
          quantity: { value: q.value, dimension: q.dimension, raw: q.raw },
          numbers: found.map((f) => f.value),
          context,
          terms: [],
          glossaryId,
        });
      }
    }
  }
  return atoms;
}

function tradeOffParts(entry: Entry): Pick<Rubric, 'alternatives' | 'costs'> {
  const [chosen, ...others] = entry.tradeOffs;
  // The whole name ("Full RAM", "Naive Retry"): its single words alone ("RAM") are everyday vocabulary.
  const alternatives = others.map((t) => ({ label: t.approach, terms: withSynonyms(t.approach) }));
  // Without a table (incomplete entries), the key insight's "but …" clause names the cost.
  const costText = chosen ? `${chosen.cons}` : (/\b(?:but|at the cost of|adds?)\b(.*)$/i.exec(entry.keyInsight)?.[1] ?? '');
  const costs = contentWords(costText).flatMap((w) => withSynonyms(w));
  return { alternatives, costs };
}

function roleTerms(entry: Entry, references: References): Rubric['roles'] {
  const roles = new Set<string>([...entry.stakeholders, ...entry.stakeholderNotes.map((n) => n.role)]);
  return [...roles].map((role) => {
    const fromContent = references.roles.find((r) => r.id === role);
    const names = [...(ROLE_TERMS[role] ?? [role]), ...(fromContent ? [fromContent.name, ...fromContent.aliases.en, ...fromContent.aliases.zh] : [])];
    const terms = new Map<string, Term>();
    for (const n of names) {
      const t = compileTerm(n);
      if (t) terms.set(termKey(t), t);
    }
    return { role, terms: [...terms.values()] };
  });
}

export type BankVocabulary = { documentFrequency: Map<string, number>; entryCount: number };

/** Document frequency of stems across the bank, so a model answer's distinctive words can be told apart. */
export function bankVocabulary(entries: Entry[]): BankVocabulary {
  const documentFrequency = new Map<string, number>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const w of contentWords(`${e.question} ${e.keyInsight} ${e.answer ?? ''}`)) {
      const t = compileTerm(w);
      if (t && 'stems' in t) seen.add(t.stems[0]!);
    }
    for (const s of seen) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
  }
  return { documentFrequency, entryCount: entries.length };
}

export function compileRubric(entry: Entry, references: References, vocabulary: BankVocabulary): Rubric {
  const categoryGlossary = (category: string) => references.glossary.find((g) => g.name.toLowerCase() === `${category.toLowerCase()} constraint`)?.id ?? null;
  const concepts = keyInsightConcepts(entry, glossaryNames(references));
  const numberSources = [entry.keyInsight, entry.metrics ?? '', entry.answer ?? '', ...entry.tradeOffs.map((t) => `${t.pros} ${t.cons} ${t.hardware} ${t.budget} ${t.business}`)];
  const numbers = numberSources
    .flatMap((s) => extractQuantities(normalizeText(s).text))
    .filter((q) => q.dimension !== 'number')
    .map((q) => ({ value: q.value, dimension: q.dimension, raw: q.raw }));
  const vocab = new Set<string>();
  for (const w of contentWords(`${entry.question} ${entry.keyInsight} ${entry.constraints.map((c) => c.text).join(' ')} ${entry.answer ?? ''}`)) {
    const t = compileTerm(w);
    if (t && 'stems' in t) vocab.add(t.stems[0]!);
  }
  return {
    entryId: entry.id,
    concepts,
    support: modelAnswerSupport(entry, vocabulary.documentFrequency, vocabulary.entryCount),
    atoms: constraintAtoms(entry, categoryGlossary),
    numbers,
    ...tradeOffParts(entry),
    roles: roleTerms(entry, references),
    questionGrams: grams(entry.question),
    constraintGrams: grams(entry.constraints.map((c) => `${c.category}: ${c.text}`).join(' | ')),
    vocabulary: vocab,
    citations: entry.refs.citations,
  };
}

