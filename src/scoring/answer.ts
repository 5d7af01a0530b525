/**
 * An answer read once for grading: its tokens and terms (AnswerIndex), its sentences and tags (prose),
 * which words were copied from what the bot shows, and which sentences can earn anything. Copied words
 * and word-salad sentences earn nothing; everything else is looked up sentence by sentence, because a
 * claim counts only when one of the answer's own sentences states it.
 */
import { extractQuantities, type Quantity } from '../bank/quantity.ts';
import { answerLang } from '../i18n/index.ts';
import { findCopies, type CopyMap, type Shingles } from './copies.ts';
import { AnswerIndex, type Term } from './match.ts';
import { readProse, type Prose, type ProseSentence } from './prose.ts';

/**
 * A sentence's mean tag-pair score under which it reads as word salad. One sentence is far noisier than a
 * whole answer (terse notes like "right-to-delete = delete rows + crypto-shred the key" score below 0 too),
 * so a sentence is judged alone only inside an answer whose words are out of order overall (< 0.12, see
 * quality.ts), and only when it is long enough (≥ 14 tag pairs) to be judged.
 */
const SALAD_SENTENCE = 0;
const SALAD_ANSWER_SUSPECT = 0.12;
const SALAD_MIN_PAIRS = 14;
/** Verbless sentences up to this many words are keywords ("Token bucket.", "Premium 20%."). */
const KEYWORD_FRAGMENT_WORDS = 4;
/** A capitalised function word after a word that ends no sentence: where a shuffle leaves sentence openers. */
export const STRAY_CAPITALS = /[^.!?:;\s]\s+(?:The|A|An|One|Each|After|If|When|This|That|For|With|Every|Our|We|It|In|On|At|To|And|But|So)\b/g;

export type SentenceInfo = ProseSentence & {
  /** Share of its tokens copied from what the bot shows. */
  copied: number;
  salad: boolean;
  fragment: boolean;
};

/** A verbless fragment of a few words ("Token bucket." "Premium 20%.") is a keyword, not a claim: it earns nothing; nor does salad. */
function earns(s: SentenceInfo): boolean {
  return !s.salad && !(s.fragment && s.words <= KEYWORD_FRAGMENT_WORDS);
}

/** `own`: in words the answer wrote itself (not copied, not salad), so it may earn something. */
export type Mention = { position: number; end: number; sentence: number; negated: boolean; own: boolean };
export type PlacedQuantity = Quantity & { sentence: number };

export class AnswerView {
  readonly index: AnswerIndex;
  readonly prose: Prose;
  readonly copies: CopyMap;
  readonly sentences: SentenceInfo[];
  /** Per token: its sentence. */
  readonly sentenceOfToken: number[];
  /** Per content position: its sentence, and whether it may earn anything. */
  private readonly sentenceOfContent: number[];
  private readonly usableContent: boolean[];
  readonly quantities: PlacedQuantity[];

  constructor(raw: string, shown: { shingles: Shingles; exemptShingles?: ReadonlySet<number>; modelStems?: ReadonlySet<string>; shownStems?: ReadonlySet<number> }) {
    this.index = new AnswerIndex(raw);
    this.prose = readProse(this.index.original, { tagAll: this.mayBeOutOfOrder(shown.modelStems ?? new Set()) });
    this.copies = findCopies(this.index.tokens, shown.shingles, shown.exemptShingles, shown.shownStems);
    const spans = this.prose.sentences;
    const sentenceOfToken = this.index.tokens.map((t) => sentenceAt(spans, t.start));
    this.sentenceOfToken = sentenceOfToken;
    const copiedIn = new Array<number>(spans.length).fill(0);
    const tokensIn = new Array<number>(spans.length).fill(0);
    sentenceOfToken.forEach((s, i) => {
      tokensIn[s]! += 1;
      if (this.copies.byToken[i]) copiedIn[s]! += 1;
    });
    const suspect = this.prose.tagScore !== null && this.prose.tagScore < SALAD_ANSWER_SUSPECT;
    // The prose sentences are this view's own: each becomes a SentenceInfo in place.
    this.sentences = spans.map((s, k) => {
      const info = s as SentenceInfo;
      info.copied = tokensIn[k]! > 0 ? copiedIn[k]! / tokensIn[k]! : 0;
      info.salad = suspect && !s.han && s.tagPairs >= SALAD_MIN_PAIRS && s.tagLlr / s.tagPairs < SALAD_SENTENCE;
      info.fragment = s.verbs === 0;
      return info;
    });
    this.sentenceOfContent = this.index.content.map((c) => sentenceOfToken[c.index]!);
    this.usableContent = this.index.content.map((c, pos) => !this.copies.byToken[c.index] && earns(this.sentences[this.sentenceOfContent[pos]!]!));
    // Case matters to the reader: `1 Sec` is a security engineer, `1 sec` a second.
    this.quantities = [];
    for (const q of extractQuantities(this.index.original) as PlacedQuantity[]) {
      q.sentence = sentenceAt(spans, q.start);
      const token = this.index.content[this.index.contentPositionAt(q.start)]?.index ?? 0;
      const sentence = this.sentences[q.sentence];
      if (!this.copies.byToken[token] && sentence !== undefined && earns(sentence)) this.quantities.push(q);
    }
  }

  /**
   * Cheap signs that the words may be out of order, so the whole answer is worth tagging: it is made of the
   * model answer's words (a shuffled paste: 96–100% of its stems; honest answers at most 92%), or capitalised
   * function words stand mid-sentence, where a shuffle leaves the words that began sentences.
   */
  private mayBeOutOfOrder(modelStems: ReadonlySet<string>): boolean {
    const { content, original } = this.index;
    if (content.length === 0 || answerLang(original) === 'zh') return false;
    const fromModel = content.filter((c) => modelStems.has(c.stem)).length / content.length;
    this.modelShare = fromModel;
    const own = new Set(this.index.tokens.map((t) => t.stem));
    let covered = 0;
    for (const stem of modelStems) if (own.has(stem)) covered++;
    this.modelCoverage = covered / Math.max(1, modelStems.size);
    this.strayCapitals = original.match(STRAY_CAPITALS)?.length ?? 0;
    return fromModel >= 0.9 || this.strayCapitals >= 3;
  }

  /** Share of the answer's content stems found in the model answer. */
  modelShare = 0;
  /** Share of the model answer's stems found in the answer: a shuffled paste holds nearly all of them, a short answer in the same vocabulary few. */
  modelCoverage = 0;
  /** Capitalised function words mid-sentence (see STRAY_CAPITALS). */
  strayCapitals = 0;

  get words(): number {
    return this.index.tokens.length;
  }

  sentenceOf(position: number): number {
    return this.sentenceOfContent[position] ?? 0;
  }

  usable(position: number): boolean {
    return this.usableContent[position] ?? false;
  }

  private readonly mentionsOf = new WeakMap<readonly Term[], Mention[]>();
  private readonly namesOf = new WeakMap<readonly Term[], Mention[]>();

  /** Where any of the terms occurs in words the answer wrote itself (not copied, not salad). */
  mentions(terms: readonly Term[]): Mention[] {
    // The rubric's term lists are asked about several times per answer (stance, evidence, claims, quality).
    return this.cached(this.mentionsOf, terms, true);
  }

  /**
   * Where any of the terms occurs, copied words included: which design an answer argues for is read from
   * every name it writes ("I'd build Header Versioning: stable URLs" copies the table), but earns nothing.
   */
  names(terms: readonly Term[]): Mention[] {
    const known = this.namesOf.get(terms);
    if (known) return known;
    // One mention a name: "Surfpool JIT mainnet fork" is not three mentions for the names inside it.
    const spans: Mention[] = [];
    for (const m of this.mentionsUncached(terms, false)) {
      const last = spans.at(-1);
      if (last && this.index.tokens[this.index.content[m.position]!.index]!.start < last.end) last.end = Math.max(last.end, m.end);
      else spans.push({ ...m });
    }
    this.namesOf.set(terms, spans);
    return spans;
  }

  private cached(cache: WeakMap<readonly Term[], Mention[]>, terms: readonly Term[], ownWordsOnly: boolean): Mention[] {
    const known = cache.get(terms);
    if (known) return known;
    const found = this.mentionsUncached(terms, ownWordsOnly);
    cache.set(terms, found);
    return found;
  }

  private mentionsUncached(terms: readonly Term[], ownWordsOnly: boolean): Mention[] {
    // One mention a position; where several terms start there, the longest says where the name ends.
    const byPosition = new Map<number, Mention>();
    for (const term of terms) {
      for (const hit of this.index.find(term)) {
        const known = byPosition.get(hit.position);
        if (known) {
          if (hit.end > known.end) known.end = hit.end;
          continue;
        }
        const own = this.usable(hit.position);
        if (ownWordsOnly && !own) continue;
        byPosition.set(hit.position, { position: hit.position, end: hit.end, sentence: this.sentenceOf(hit.position), negated: hit.negated, own });
      }
    }
    return [...byPosition.values()].sort((a, b) => a.position - b.position);
  }

  private stemsBySentence: Set<string>[] | null = null;
  /** The content stems of a sentence (built for all sentences on first use). */
  sentenceStems(k: number): Set<string> {
    if (!this.stemsBySentence) {
      const sets = this.sentences.map(() => new Set<string>());
      this.index.content.forEach((c, p) => sets[this.sentenceOfContent[p]!]?.add(c.stem));
      this.stemsBySentence = sets;
    }
    return this.stemsBySentence[k] ?? new Set();
  }

  /** The text of a sentence, lowercased. */
  sentenceText(k: number): string {
    const s = this.sentences[k];
    return s ? this.index.text.slice(s.start, s.end) : '';
  }
}

/** The sentence holding a character offset (binary search over sorted spans; gaps go to the next one). */
export function sentenceAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}
