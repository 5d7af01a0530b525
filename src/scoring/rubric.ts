/**
 * Compiles an entry into a Rubric once, at load time: the recommended approach and the alternatives its
 * trade-off table rejects (with the content's aliases), the key insight's claims, the model answer's
 * distinctive mechanism words, constraint atoms (value, quantity, bound, context), the entry's stakeholder
 * roles, and the shingles of everything the bot shows, to recognise copies.
 */
import { nameMatcher } from '../bank/refs.ts';
import type { Entry, References } from '../bank/schema.ts';
import { constraintValues } from '../bank/text.ts';
import { extractQuantities, type Quantity } from '../bank/quantity.ts';
import { insightClaims, type Claim, type QuantityRef } from './claims.ts';
import { addShingles, exemptShingles, type Shingles } from './copies.ts';
import { ROLE_TERMS } from './lexicon.ts';
import { compileTerm, literalTerm, termKey, withSynonyms, type Term } from './match.ts';
import { memoize } from './memo.ts';
import { normalizeText, tokenize } from './normalize.ts';

export type ApproachOption = {
  label: string;
  terms: Term[];
  /** What the trade-off table says it costs: feedback quotes it when an answer picks it. */
  cons: string;
  pros: string;
};

/** Which way a constraint binds: a budget or a team is a ceiling, an uptime or a traffic target a floor. */
export type Bound = 'max' | 'min' | 'exact';

export type ConstraintAtom = {
  category: string;
  /** `Technical: 32GB` */
  label: string;
  value: string;
  /** The value as the question writes it, lowercased, word by word (any spacing between them): written so, it always counts. */
  literalWords: string[];
  quantity: QuantityRef | null;
  bound: Bound;
  /** Every number the value holds (`48-core total (EU: 24, US: 24)` → 48, 24): none of them is a wrong number. */
  numbers: number[];
  /** `10TB NVMe × 8 nodes`: the whole (80TB), which is the ceiling. */
  product?: number;
  /** Stems that show a number in the answer is about this constraint (`uptime`, `budget`, `team`). */
  context: Set<string>;
  /** For values without a number (`GDPR data residency`, `libp2p`): the words that name them. */
  terms: Term[];
  /** The words of the value itself or, for a bare value, what it is (`uptime`; `budget` for `$50K/mo`). */
  ownWords: Term[];
  glossaryId: string | null;
};

export type Rubric = {
  entryId: string;
  /** The key insight's subject: "Sliding-window CB". */
  subject: string;
  approach: ApproachOption;
  alternatives: ApproachOption[];
  claims: Claim[];
  /** Distinctive words of the model answer: the mechanism an answer that understood the approach names. */
  mechanism: Term[];
  atoms: ConstraintAtom[];
  /** Numbers the entry itself stands on (key insight, metrics, model answer, trade-off table). */
  numbers: QuantityRef[];
  /** The chosen approach's cost words (its trade-off row's cons). */
  costTerms: Term[];
  /**
   * Numbers the key insight and the chosen design's row state (`+$180K revenue`, `99.8% accuracy`): quoting them is
   * not a wrong number, whatever constraint they resemble. (An alternative's numbers are excused only where the
   * sentence names the alternative.)
   */
  statedNumbers: QuantityRef[];
  /** Numbers the question itself states (`500K addresses`): repeating them derives nothing. */
  questionNumbers: QuantityRef[];
  roles: { role: string; terms: Term[] }[];
  shingles: Shingles;
  /** Stem hashes of every text the bot shows for this entry. */
  shownStems: Set<number>;
  /** Shingles inside a single constraint value: never a copy (see copies.ts). */
  exemptShingles: Set<number>;
  /** Stems of this entry's texts, to tell an answer to this question from one to another. */
  vocabulary: Set<string>;
  /** Stems of the question, key insight and constraints: the words a sentence of this answer is about. */
  topic: Set<string>;
  /** Stems of the model answer: a shuffled paste is made of nothing else. */
  modelStems: Set<string>;
  /** Glossary entries the approach rests on, for "read next". */
  glossaryIds: string[];
  citations: string[];
};

const DEADLINE = ['deadline', 'timeline', 'ship', 'deliver', 'delivery', 'launch', 'done', 'finish', 'mvp', 'go-live', 'ga', '交付', '上线', '工期', '期限', '完成'];
const BUDGET = ['budget', 'cost', 'costs', 'spend', 'bill', 'total', 'infra', 'opex', '预算', '成本', '费用', '花费'];
const REVENUE = ['revenue', 'gmv', 'volume', 'income', 'sales', 'earn', 'earns', 'mrr', 'arr', 'business', 'aum', 'tvl', '收入', '营收', '流水'];
const CATEGORY_CONTEXT: Record<string, string[]> = {
  Technical: ['core', 'cpu', 'memory', 'ram', 'storage', 'disk', 'network', 'bandwidth', 'nic', 'node', 'iops', 'hsm', 'machine', 'server', 'box', 'host', 'hosts', 'hardware', 'vcpu', '内存', '存储', '带宽', '核'],
  Resource: ['budget', 'team', 'devs', 'engineers', 'headcount', 'people', 'staff', 'hire'],
  Business: ['revenue', 'users', 'sla', 'latency', 'gmv', 'volume', 'target', 'customers', 'requests', 'aum', 'tvl', 'traffic', 'load'],
  Operational: ['uptime', 'availability', 'sla', 'slo', 'headroom', 'rpo', 'rto', 'downtime', 'nines', 'failover', 'recovery'],
  Compliance: ['audit', 'compliance', 'regulator', 'retention', 'gdpr', 'rotation'],
  Organizational: ['team', 'org', 'approval', 'committee', 'process', 'review'],
  Ecosystem: ['version', 'sdk', 'library', 'crate', 'provider', 'providers'],
};
/** Words that tie a number to a constraint of its kind, whatever the category. */
const DIMENSION_CONTEXT: Record<string, string[]> = {
  time: ['latency', 'p99', 'p95', 'p50', 'delay', 'response', 'deadline', 'timeline'],
  'money-rate': BUDGET,
  money: BUDGET,
  percent: ['uptime', 'availability', 'sla', 'slo', 'nines'],
  bytes: ['memory', 'ram', 'heap', 'storage', 'disk', 'host', 'hosts', 'box', 'node', '内存', '存储'],
  bandwidth: ['bandwidth', 'network', 'nic', 'link'],
  rate: ['throughput', 'tps', 'rps', 'qps', 'load', 'traffic', 'peak'],
  'count:core': ['core', 'cores', 'cpu', 'vcpu', 'box', 'host', 'node', 'machine', '核'],
  iops: ['iops', 'disk', 'storage', 'writes'],
};
/** What a bare value is called when an answer names it without the number ("the budget", "the team"). */
const NAMES_OF: Record<string, string[]> = {
  'money-rate': ['budget'],
  money: ['budget'],
  count: ['team', 'headcount'],
  'count:core': ['cores', 'cpu'],
  bytes: ['memory', 'ram'],
  bandwidth: ['bandwidth', 'network'],
  time: ['deadline', 'timeline'],
  iops: ['iops', 'disk'],
};
const TEAM_COUNTS = /^count:(dev|sre|qa|sec|devops|fte|people)$/;

/**
 * Only ceilings and floors make a number wrong: a team, budget, deadline or machine the answer exceeds, an
 * uptime or latency target it misses. Facts of the business (users, requests a day, revenue) are often
 * quoted in part ("800K EU users", "230 req/s of free traffic") and are never wrong numbers.
 */
function boundOf(category: string, value: string, dimension: string | undefined): Bound {
  if (/^\s*(?:<|≤|under\b|within\b|max\b)/i.test(value)) return 'max';
  if (/^\s*(?:>|≥|at least\b|min\b)/i.test(value)) return 'min';
  if (!dimension) return 'exact';
  if (dimension === 'percent') return /headroom|uptime|availability|slo|sla|consisten/i.test(value) ? 'min' : 'exact';
  if (category === 'Resource' && (dimension.startsWith('money') || dimension === 'time' || TEAM_COUNTS.test(dimension))) return 'max';
  if (category === 'Technical' && (dimension === 'count:core' || dimension === 'bytes' || dimension === 'bandwidth' || dimension === 'iops')) return 'max';
  if (category === 'Operational' && dimension === 'time') return 'max';
  if (category === 'Business' && dimension === 'time') return 'max';
  return 'exact';
}


/**
 * An entry's texts are read by several parts of the compile, and a reload brings mostly the same texts:
 * each is normalised and tokenised once per process (the tokens are never changed).
 */
const tokensOf = memoize((text: string) => tokenize(normalizeText(text).text), 5_000);
const contentWords = memoize(contentWordsUncached, 5_000);
/** The quantities an entry's text states (read-only: callers copy what they keep). */
const quantitiesIn = memoize((text: string): readonly Quantity[] => extractQuantities(normalizeText(text).text), 5_000);

/** A text's quantities that have a unit (bare numbers are too ambiguous to stand for a claim or a constraint). */
function quantitiesWithUnits(text: string): QuantityRef[] {
  return quantitiesIn(text)
    .filter((q) => q.dimension !== 'number')
    .map((q) => ({ value: q.value, dimension: q.dimension, raw: q.raw }));
}

function contentWordsUncached(text: string): string[] {
  return tokensOf(text)
    .filter((t) => !t.isNumber && !t.stop && !t.isHan && t.text.length >= 3 && !/\d/.test(t.text))
    .map((t) => t.text);
}

const stemOf = (word: string): string | null => {
  const t = compileTerm(word);
  return t && 'stems' in t ? t.stems[0]! : null;
};

function termsOf(phrases: readonly string[]): Term[] {
  const out = new Map<string, Term>();
  for (const p of phrases) for (const t of withSynonyms(p)) out.set(termKey(t), t);
  return [...out.values()];
}

/**
 * An approach's names as terms. A name whose telling words are function words ("one region", "scale out")
 * would shrink to one everyday stem ("region", "scale") and match every answer: it is matched as written.
 */
function namesOf(given: readonly string[]): { terms: Term[]; own: Set<string> } {
  // "Hash sharding" is said "shard by hash" as often as not; so for every "X sharding" or "X partitioning".
  const phrases = given.flatMap((p) => {
    const by = /^([\p{L}\p{N}][\p{L}\p{N}-]*)[\s-]+(?:based\s+)?(shard|partition)(?:ing|ed)$/iu.exec(p.trim());
    return by ? [p, `${by[2]} by ${by[1]}`, `${by[2]}ed by ${by[1]}`] : [p];
  });
  const shrinks = (p: string) => {
    const term = compileTerm(p);
    return term !== null && 'stems' in term && p.trim().split(/[\s-]+/).length >= 2 && term.stems.length < 2;
  };
  const kept = phrases.filter((p) => !shrinks(p));
  const literal = phrases.filter(shrinks).map(literalTerm);
  // The names as written, before synonyms: what an option is called, as against what its synonyms may also call.
  const own = new Set([...kept.flatMap((p) => [compileTerm(p)].filter((t): t is Term => t !== null)), ...literal].map(termKey));
  return { terms: [...termsOf(kept), ...literal], own };
}

/**
 * Each option's names, without the synonyms that name another option: "Glacier" has "tier" for a synonym, which
 * is the approach's "Intelligent-Tiering"; "threshold" has "multisig", which is the Safe multisig alternative.
 */
function distinctNames(optionPhrases: readonly (readonly string[])[]): Term[][] {
  const names = optionPhrases.map(namesOf);
  const all = names.map((n) => n.terms);
  const own = names.map((n) => n.own);
  const ownWords = own.map((_, k) => ({
    stems: new Set(all[k]!.filter((t) => own[k]!.has(termKey(t))).flatMap((t) => ('stems' in t ? t.stems : []))),
    han: all[k]!.filter((t) => own[k]!.has(termKey(t))).flatMap((t) => ('han' in t ? [t.han] : [])),
  }));
  const namesAnother = (t: Term, k: number) =>
    ownWords.some((o, j) => j !== k && ('stems' in t ? t.stems.some((s) => o.stems.has(s)) : 'han' in t ? o.han.some((h) => h.includes(t.han) || t.han.includes(h)) : false));
  return all.map((terms, k) => terms.filter((t) => own[k]!.has(termKey(t)) || !namesAnother(t, k)));
}

function constraintAtoms(entry: Entry, glossaryIdOf: (category: string) => string | null): ConstraintAtom[] {
  const atoms: ConstraintAtom[] = [];
  for (const c of entry.constraints) {
    for (const value of constraintValues(c.text)) {
      const found = quantitiesIn(value);
      // A bare number (`EU: 24`) only stands for the value when nothing with a unit does.
      const withUnits = found.filter((q) => q.dimension !== 'number');
      const quantities = withUnits.length > 0 ? withUnits : found;
      const words = contentWords(value).filter((w) => !/^(total|mo|per)$/.test(w));
      const literalWords = normalizeText(value).text.trim().toLowerCase().split(/\s+/);
      const glossaryId = glossaryIdOf(c.category);
      const base = { category: c.category, label: `${c.category}: ${value}`, value, literalWords, glossaryId };
      if (quantities.length === 0) {
        const terms = words.flatMap((w) => [compileTerm(w)!].filter(Boolean));
        for (const h of value.match(/\p{Script=Han}+/gu) ?? []) terms.push({ han: h });
        atoms.push({ ...base, quantity: null, bound: 'exact', numbers: [], context: new Set(), terms, ownWords: [] });
        continue;
      }
      // `10TB NVMe × 8 nodes` also stands for its product (80TB).
      const product = /[×x*]\s*\d/.test(value) && found.length >= 2 ? found.reduce((n, f) => n * f.value, 1) : undefined;
      for (const q of quantities) {
        // The value's own words name what it is about ("uptime", "failover", "revenue"); a bare value
        // (`32GB`, `$50K/mo`) is about what its category and kind of number usually are.
        const own = words.flatMap((w) => withSynonyms(w)).flatMap((t) => ('stems' in t && t.stems.length === 1 ? t.stems : []));
        // A bare Resource duration is the deadline and a bare Resource amount the budget, nothing else; a bare
        // Business amount is what the business earns, never the budget.
        const resource = c.category === 'Resource' ? (q.dimension === 'time' ? DEADLINE : q.dimension.startsWith('money') ? BUDGET : null) : c.category === 'Business' && q.dimension.startsWith('money') ? REVENUE : null;
        // A bare hardware value is about its own kind: `96GB` is memory, not the NIC two words away.
        const general = words.length > 0 ? [] : (resource ?? DIMENSION_CONTEXT[q.dimension] ?? CATEGORY_CONTEXT[c.category] ?? []);
        // A Business amount with words of its own ("$80K/mo API revenue") is still never the budget.
        const kindWords = words.length > 0 && q.dimension !== 'percent' ? (c.category === 'Business' && q.dimension.startsWith('money') ? REVENUE : (DIMENSION_CONTEXT[q.dimension] ?? [])) : [];
        const context = new Set([...own, ...[...general, ...kindWords].map(stemOf).filter((s): s is string => s !== null)]);
        atoms.push({
          ...base,
          quantity: { value: q.value, dimension: q.dimension, raw: q.raw },
          bound: boundOf(c.category, value, q.dimension),
          numbers: product === undefined ? found.map((f) => f.value) : [...found.map((f) => f.value), product],
          ...(product === undefined ? {} : { product }),
          context,
          terms: [],
          ownWords: termsOf(words.length > 0 ? words : (NAMES_OF[q.dimension] ?? NAMES_OF[q.dimension.replace(/^count:.*/, 'count')] ?? [])),
        });
      }
    }
  }
  return atoms;
}

type GlossaryNames = { id: string; names: string[] }[];

function glossaryNames(references: References): GlossaryNames {
  return references.glossary
    .filter((g) => !/Constraint$|^Stakeholder$/.test(g.name))
    .map((g) => ({ id: g.id, names: [g.name, g.name.replace(/\s+(Pattern|Architecture|Management|Optimization)$/i, ''), ...g.aliases.en, ...g.aliases.zh].filter((n) => n.length >= 3) }));
}

/**
 * The approach an answer must recommend: the trade-off table's first row with its aliases, glossary
 * patterns the key insight names (not those the question already names), and the key insight's subject.
 */
function approachOptions(entry: Entry, subject: string, glossary: GlossaryNames): { approach: ApproachOption; alternatives: ApproachOption[]; glossaryIds: string[] } {
  const [chosen, ...others] = entry.tradeOffs;
  const inQuestion = (n: string) => nameMatcher(n).test(entry.question);
  // Only a pattern the subject names is the approach ("Hexagonal ports/adapters"); one named later is what it acts on ("+22% MEV profit").
  // A name the subject holds as a substring is worth a word-boundary test; most of the glossary is not.
  const subjectLower = subject.toLowerCase();
  const named = glossary.filter((g) => g.names.some((n) => subjectLower.includes(n.toLowerCase()) && nameMatcher(n).test(subject)) && !g.names.some(inQuestion));
  const otherNames = others.flatMap((o) => [o.approach, ...(o.aliases?.en ?? [])]).map((n) => n.toLowerCase());
  const subjectWords = contentWords(subject);
  const phrases = [subject, ...(chosen ? [chosen.approach.replace(/[`()]/g, ' '), ...(chosen.aliases?.en ?? []), ...(chosen.aliases?.zh ?? [])] : []), ...named.flatMap((g) => g.names)];
  // The subject's first word names it when it is distinctive: "Hexagonal", "Strangler".
  const lead = subjectWords[0];
  if (lead && lead.length >= 6 && !contentWords(entry.question).includes(lead) && !otherNames.some((n) => n.includes(lead))) phrases.push(lead);
  const optionPhrases = [phrases, ...others.map((o) => [o.approach.replace(/[`()]/g, ' '), ...(o.aliases?.en ?? []), ...(o.aliases?.zh ?? [])])];
  const [approachTerms, ...alternativeTerms] = distinctNames(optionPhrases);
  const approach: ApproachOption = { label: chosen?.approach ?? subject, terms: approachTerms!, cons: chosen?.cons ?? '', pros: chosen?.pros ?? '' };
  const alternatives = others.map((o, k) => ({ label: o.approach, terms: alternativeTerms[k]!, cons: o.cons, pros: o.pros }));
  return { approach, alternatives, glossaryIds: named.map((g) => g.id) };
}

function mechanismTerms(entry: Entry, documentFrequency: Map<string, number>, entryCount: number): Term[] {
  if (!entry.answer) return [];
  const questionStems = new Set(contentWords(entry.question).map(stemOf));
  const counts = new Map<string, number>();
  for (const w of contentWords(`${entry.answer} ${entry.tradeOffs[0]?.approach ?? ''}`)) {
    const stem = stemOf(w);
    if (!stem || questionStems.has(stem)) continue;
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([stem, tf]) => ({ stem, weight: tf * Math.log((1 + entryCount) / (1 + (documentFrequency.get(stem) ?? 0))) }))
    .filter((s) => s.weight > 1.2 && s.stem.length >= 4)
    .sort((a, b) => b.weight - a.weight || a.stem.localeCompare(b.stem))
    .slice(0, 16)
    .map((s) => ({ stems: [s.stem] }));
}

function roleTerms(entry: Entry, references: References): Rubric['roles'] {
  return entry.stakeholders.map((role) => {
    const fromContent = references.roles.find((r) => r.id === role);
    const names = [...(ROLE_TERMS[role] ?? [role]), ...(fromContent ? [fromContent.name, ...fromContent.aliases.en, ...fromContent.aliases.zh] : [])];
    return { role, terms: termsOf(names).filter((t) => !('stems' in t) || t.stems.length > 0) };
  });
}

export type BankVocabulary = { documentFrequency: Map<string, number>; entryCount: number };

/** Document frequency of stems across the bank, so a model answer's distinctive words can be told apart. */
export function bankVocabulary(entries: Entry[]): BankVocabulary {
  const documentFrequency = new Map<string, number>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const w of contentWords(`${e.question} ${e.keyInsight} ${e.answer ?? ''}`)) {
      const s = stemOf(w);
      if (s) seen.add(s);
    }
    for (const s of seen) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
  }
  return { documentFrequency, entryCount: entries.length };
}

/** Stems of every text of the bank and its references: a word outside them is not about this domain. */
export function domainVocabulary(entries: readonly Entry[], references: References): Set<string> {
  const texts = [
    ...entries.flatMap((e) => [e.question, e.keyInsight, e.answer ?? '', e.metrics ?? '', ...e.constraints.map((c) => c.text), ...e.tradeOffs.map((t) => Object.values(t).join(' ')), ...e.stakeholderNotes.map((n) => n.note)]),
    ...references.glossary.map((g) => `${g.name} ${g.definition} ${g.aliases.en.join(' ')}`),
    ...references.tools.map((t) => `${t.name} ${t.description}`),
    ...references.roles.map((r) => `${r.name} ${r.aliases.en.join(' ')}`),
  ];
  const domain = new Set<string>();
  for (const text of texts) for (const t of tokensOf(text)) if (!t.stop) domain.add(t.stem);
  return domain;
}

/**
 * The texts the bot shows a candidate (question, constraints, key insight in feedback, model answer, table): their
 * shingles, and every stem they hold (to read a paste with words slipped into it).
 */
function shownShingles(entry: Entry): { shingles: Shingles; shownStems: Set<number> } {
  const shingles: Shingles = new Map();
  const shownStems = new Set<number>();
  const add = (text: string, source: Parameters<typeof addShingles>[2]) => {
    const tokens = tokensOf(text);
    addShingles(shingles, tokens, source);
    for (const t of tokens) shownStems.add(t.stemHash);
  };
  add(entry.question, 'question');
  add(entry.constraints.map((c) => `${c.category}: ${c.text}`).join(' | '), 'constraints');
  // The values alone, as a candidate would paste them without the category labels.
  add(entry.constraints.map((c) => c.text).join(', '), 'constraints');
  add(entry.keyInsight, 'keyInsight');
  if (entry.answer) add(`${entry.answer}\n${entry.metrics ?? ''}`, 'modelAnswer');
  for (const t of entry.tradeOffs) add([t.approach, t.pros, t.cons, t.hardware, t.budget, t.business].join(' | '), 'tradeOffs');
  for (const n of entry.stakeholderNotes) add(`${n.role}: ${n.note}`, 'modelAnswer');
  return { shingles, shownStems };
}

export function compileRubric(entry: Entry, references: References, vocabulary: BankVocabulary): Rubric {
  const categoryGlossary = (category: string) => references.glossary.find((g) => g.name.toLowerCase() === `${category.toLowerCase()} constraint`)?.id ?? null;
  const objectAliases = new Map<string, string[]>();
  for (const o of entry.keyInsightAliases ?? []) objectAliases.set(o.phrase.toLowerCase(), [...o.en, ...o.zh]);
  const { subject, claims } = insightClaims(entry, objectAliases);
  const options = approachOptions(entry, subject, glossaryNames(references));
  const numberSources = [entry.keyInsight, entry.metrics ?? '', entry.answer ?? '', ...entry.tradeOffs.slice(0, 1).map((t) => `${t.pros} ${t.cons} ${t.hardware} ${t.budget} ${t.business}`)];
  const numbers = numberSources.flatMap(quantitiesWithUnits);
  const topic = new Set<string>();
  for (const w of contentWords(`${entry.question} ${entry.keyInsight} ${entry.constraints.map((c) => c.text).join(' ')}`)) {
    const s = stemOf(w);
    if (s) topic.add(s);
  }
  const vocab = new Set<string>();
  for (const w of contentWords(`${entry.question} ${entry.keyInsight} ${entry.constraints.map((c) => c.text).join(' ')} ${entry.answer ?? ''}`)) {
    const s = stemOf(w);
    if (s) vocab.add(s);
  }
  return {
    entryId: entry.id,
    subject,
    ...options,
    claims,
    mechanism: mechanismTerms(entry, vocabulary.documentFrequency, vocabulary.entryCount),
    atoms: constraintAtoms(entry, categoryGlossary),
    numbers,
    costTerms: contentWords(entry.tradeOffs[0]?.cons ?? '').flatMap((w) => withSynonyms(w)),
    statedNumbers: [entry.keyInsight, ...entry.tradeOffs.slice(0, 1).map((t) => `${t.pros}, ${t.cons}, ${t.hardware}, ${t.budget}, ${t.business}`)].flatMap(quantitiesWithUnits),
    questionNumbers: quantitiesWithUnits(entry.question),
    roles: roleTerms(entry, references),
    ...shownShingles(entry),
    exemptShingles: exemptShingles(entry.constraints.flatMap((c) => constraintValues(c.text)).map(tokensOf)),
    vocabulary: vocab,
    topic,
    modelStems: new Set(tokensOf(entry.answer ?? '').map((t) => t.stem)),
    citations: entry.refs.citations,
  };
}
