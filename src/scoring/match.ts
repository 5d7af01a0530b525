/** Finding rubric terms in an answer: stems in sequence, one typo in longer words, Chinese as substrings, negation. */
import { HAN_NEGATORS, NEGATORS, SYNONYMS } from './lexicon.ts';
import { memoize } from './memo.ts';
import { normalizeText, tokenize, withinOneEdit, type Token } from './normalize.ts';

/**
 * A phrase to look for: content-word stems in order, a Chinese string matched in the character stream, or
 * words that mean something only together and as written (`scale out`, `one region`: without their small
 * words they would shrink to one everyday stem).
 */
export type Term = { stems: string[] } | { han: string } | { phrase: string };

const HAN = /\p{Script=Han}/u;

function contentStems(tokens: Token[]): string[] {
  return tokens.filter((t) => !t.stop).map((t) => t.stem);
}

/** Rubric words repeat across entries and compiles: each phrase is normalised once per process. */
export const compileTerm = memoize(compileTermUncached, 20_000);

function compileTermUncached(phrase: string): Term | null {
  const { text } = normalizeText(phrase);
  // Chinese with English words in it ("扁平 topic", "shadow 流量") is matched as written, spaces aside.
  if (HAN.test(text)) return { han: squeezeHan(text.toLowerCase()).text };
  const stems = contentStems(tokenize(text));
  return stems.length > 0 ? { stems } : null;
}

export function termKey(term: Term): string {
  return 'han' in term ? `han:${term.han}` : 'phrase' in term ? `phrase:${term.phrase}` : term.stems.join(' ');
}

/** A name as written, matched whole: for names whose stems alone would be one everyday word. */
export function literalTerm(phrase: string): Term {
  return { phrase: normalizeText(phrase).text.toLowerCase().replace(/\s+/g, ' ').trim() };
}

const synonymGroups: Term[][] = SYNONYMS.map((group) => group.map(compileTerm).filter((t): t is Term => t !== null));
const groupsByStem = new Map<string, Term[][]>();
for (const group of synonymGroups) {
  for (const term of group) {
    if ('stems' in term && term.stems.length === 1) {
      const list = groupsByStem.get(term.stems[0]!) ?? [];
      list.push(group);
      groupsByStem.set(term.stems[0]!, list);
    }
  }
}

/** A phrase and its synonyms, deduplicated. */
export function withSynonyms(phrase: string): Term[] {
  const base = compileTerm(phrase);
  if (!base) return [];
  const out = new Map<string, Term>([[termKey(base), base]]);
  if ('stems' in base && base.stems.length === 1) {
    for (const group of groupsByStem.get(base.stems[0]!) ?? []) for (const t of group) out.set(termKey(t), t);
  }
  return [...out.values()];
}

/** Where a term stands: its first content position, and the character offset where its words end. */
export type Hit = { position: number; end: number; negated: boolean };

/**
 * The text without the spaces next to Chinese characters, and where each of its characters stood: Chinese
 * writers put a space around English words or not ("扁平 topic", "扁平topic"), so matching ignores it.
 */
function squeezeHan(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c) && (HAN.test(text[i - 1] ?? '') || HAN.test(lastNonSpace(text, i)) || HAN.test(nextNonSpace(text, i)))) continue;
    out += c;
    at.push(i);
  }
  return { text: out, at };
}

function lastNonSpace(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  return text[k] ?? '';
}

function nextNonSpace(text: string, i: number): string {
  let k = i + 1;
  while (k < text.length && /\s/.test(text[k]!)) k++;
  return text[k] ?? '';
}

const NO_HITS: Hit[] = [];

/** The same stem, or one typo away in stems of 6+ characters. */
function sameStem(want: string, have: string | undefined): boolean {
  return have !== undefined && (have === want || (want.length >= 6 && withinOneEdit(want, have)));
}

/** A term's key (`termKey`), for finding equal terms that are different objects: computed once per term object. */
const lookupKeys = new WeakMap<Term, string>();
function lookupKey(term: Term): string {
  let key = lookupKeys.get(term);
  if (key === undefined) {
    key = termKey(term);
    lookupKeys.set(term, key);
  }
  return key;
}

/** An answer prepared once for many lookups. */
export class AnswerIndex {
  /** The normalised text, lowercased; `original` keeps its case (the tagger needs it). */
  readonly text: string;
  readonly original: string;
  readonly tokens: Token[];
  /** Content tokens (stopwords removed) with their index into `tokens`. */
  readonly content: { stem: string; index: number }[];
  readonly truncated: boolean;
  private readonly positions = new Map<string, number[]>();
  private readonly stemsByLength = new Map<number, Set<string>>();
  /** Rubrics share many terms (synonyms, markers): each is looked up once per answer. */
  private readonly found = new Map<string, Hit[]>();
  private readonly foundByTerm = new WeakMap<Term, Hit[]>();
  private readonly fuzzy = new Map<string, number[]>();
  private squeezed: { text: string; at: number[] } | null = null;
  readonly holdsHan: boolean;

  constructor(raw: string) {
    const { text, truncated } = normalizeText(raw);
    this.original = text;
    this.text = text.toLowerCase();
    this.truncated = truncated;
    this.tokens = tokenize(text);
    this.holdsHan = HAN.test(this.text);
    this.content = [];
    this.tokens.forEach((t, index) => {
      if (!t.stop) this.content.push({ stem: t.stem, index });
    });
    this.content.forEach(({ stem }, pos) => {
      const list = this.positions.get(stem);
      if (list) list.push(pos);
      else this.positions.set(stem, [pos]);
      if (stem.length >= 5) {
        const same = this.stemsByLength.get(stem.length) ?? new Set<string>();
        same.add(stem);
        this.stemsByLength.set(stem.length, same);
      }
    });
  }

  /** Content positions of a stem, allowing one typo in stems of 6+ characters (never in numbers). */
  private stemPositions(stem: string): number[] {
    const exact = this.positions.get(stem);
    if (exact || stem.length < 6 || /\d/.test(stem)) return exact ?? [];
    const memo = this.fuzzy.get(stem);
    if (memo) return memo;
    const out: number[] = [];
    this.fuzzy.set(stem, out);
    // Distinct stems of a near length, each compared once: an answer repeats its words.
    for (const len of [stem.length - 1, stem.length, stem.length + 1]) {
      for (const other of this.stemsByLength.get(len) ?? []) if (withinOneEdit(stem, other)) out.push(...this.positions.get(other)!);
    }
    return out.sort((a, b) => a - b);
  }

  /** Where a term occurs; `negated` when a negator stands just before it ("without a circuit breaker"). */
  find(term: Term): Hit[] {
    // Rubric terms are shared objects: by identity first, by their text when an equal term is a new object.
    let hits = this.foundByTerm.get(term);
    if (hits) return hits;
    // Most answers hold no Chinese, and the rubrics hold hundreds of Chinese aliases.
    if ('han' in term && !this.holdsHan) return NO_HITS;
    const key = lookupKey(term);
    hits = this.found.get(key);
    if (!hits) {
      hits = this.findUncached(term);
      this.found.set(key, hits);
    }
    this.foundByTerm.set(term, hits);
    return hits;
  }

  private findUncached(term: Term): Hit[] {
    if ('han' in term) {
      const hits: Hit[] = [];
      this.squeezed ??= squeezeHan(this.text);
      const { text, at: origin } = this.squeezed;
      for (let at = text.indexOf(term.han); at >= 0; at = text.indexOf(term.han, at + 1)) {
        const before = text.slice(Math.max(0, at - 3), at);
        hits.push({ position: this.contentPositionAt(origin[at]!), end: origin[at + term.han.length - 1]! + 1, negated: HAN_NEGATORS.some((n) => before.endsWith(n)) });
      }
      return hits;
    }
    if ('phrase' in term) {
      const hits: Hit[] = [];
      for (let at = this.text.indexOf(term.phrase); at >= 0; at = this.text.indexOf(term.phrase, at + 1)) {
        const end = at + term.phrase.length;
        if (/[\p{L}\p{N}]/u.test(this.text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(this.text[end] ?? '')) continue;
        // The phrase's first content word stands for it (its small words are no content position).
        const position = this.contentPositionFrom(at);
        if (position === null || this.tokens[this.content[position]!.index]!.start >= end) continue;
        hits.push({ position, end, negated: this.isNegated(this.content[position]!.index) });
      }
      return hits;
    }
    const [first, ...rest] = term.stems;
    const hits: Hit[] = [];
    for (const pos of this.stemPositions(first!)) {
      // Words of a phrase in order, with at most one extra word between ("sliding time window").
      let at = pos;
      let ok = true;
      for (let k = 0; k < rest.length && ok; k++) {
        if (sameStem(rest[k]!, this.content[at + 1]?.stem)) at += 1;
        else if (sameStem(rest[k]!, this.content[at + 2]?.stem)) at += 2;
        else ok = false;
      }
      // A name does not run across sentences ("…through one topic. Each shard…" is not "topic shards").
      if (ok && at > pos && /[.;!?\n。；]/.test(this.text.slice(this.tokens[this.content[pos]!.index]!.start, this.tokens[this.content[at]!.index]!.start).replace(/\d\.\d|\w\.\w/g, ''))) ok = false;
      if (ok) {
        const last = this.tokens[this.content[at]!.index]!;
        hits.push({ position: pos, end: last.start + last.text.length, negated: this.isNegated(this.content[pos]!.index) });
      }
    }
    return hits;
  }

  has(terms: Term[]): { found: boolean; negated: boolean; position: number } {
    let negatedHit: Hit | null = null;
    for (const term of terms) {
      for (const hit of this.find(term)) {
        if (!hit.negated) return { found: true, negated: false, position: hit.position };
        negatedHit ??= hit;
      }
    }
    return negatedHit ? { found: false, negated: true, position: negatedHit.position } : { found: false, negated: false, position: -1 };
  }

  private isNegated(tokenIndex: number): boolean {
    for (let k = tokenIndex - 1; k >= Math.max(0, tokenIndex - 3); k--) {
      // A negator in the sentence before negates nothing here ("I'd avoid it. Use header versioning").
      const gap = this.text.slice(this.tokens[k]!.start + this.tokens[k]!.text.length, this.tokens[k + 1]!.start);
      if (/[.;:!?\n。；]/.test(gap)) return false;
      const word = this.tokens[k]!.text;
      if (NEGATORS.has(word)) {
        // "not only … but also" affirms.
        if (word === 'not' && this.tokens[k + 1]?.text === 'only') return false;
        return true;
      }
      if (/^[.;:!?]$/.test(word)) return false;
    }
    return false;
  }

  /** The content position nearest to a character offset (for Chinese hits). */
  contentPositionAt(offset: number): number {
    let lo = 0;
    let hi = this.content.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokens[this.content[mid]!.index]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  /** The first content position at or after a character offset, if any. */
  private contentPositionFrom(offset: number): number | null {
    const at = this.contentPositionAt(offset);
    for (let p = at; p < this.content.length; p++) if (this.tokens[this.content[p]!.index]!.start >= offset) return p;
    return null;
  }

  /** Stems within `window` content positions of `position`. */
  near(position: number, window: number): string[] {
    return this.content.slice(Math.max(0, position - window), position + window + 1).map((c) => c.stem);
  }
}
