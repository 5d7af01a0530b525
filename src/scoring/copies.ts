/**
 * Copies of what the bot shows. A copy is a run of five or more words taken verbatim (word 5-gram
 * shingles with at least two content words); a single value or name written as the question writes it
 * (`99.95% uptime`, `K8s HPA`) is shorter than that and still counts. Copied words earn nothing.
 *
 * Why five: honest answers share runs of three or four words with the model answer by chance
 * ("the 3 RPC providers", "p99 under 100ms"); runs of five with two content words were not seen in
 * recalled paraphrases of the graded set, and a paste is made of runs of tens.
 */
import type { Token } from './normalize.ts';

export const SHINGLE = 5;
/** Share of an answer that, read without the words the bot never showed, is the model answer: a split-up paste. */
const SPLIT_PASTE_SHARE = 0.6;

/** What the bot shows a candidate, each a source a copy can come from. */
export const COPY_SOURCES = ['question', 'constraints', 'keyInsight', 'modelAnswer', 'tradeOffs'] as const;
export type CopySource = (typeof COPY_SOURCES)[number];

export type Shingles = Map<number, CopySource>;

/** Every shingle of a token list, as numbers (two 26-bit lanes of a polynomial hash); null under two content words. */
function shingleKeys(tokens: readonly Token[]): (number | null)[] {
  const hashes = tokens.map((t) => t.stemHash);
  const content = tokens.map((t) => (t.stop ? 0 : 1));
  const keys: (number | null)[] = [];
  for (let at = 0; at + SHINGLE <= tokens.length; at++) {
    let a = 0;
    let b = 0;
    let words = 0;
    for (let k = at; k < at + SHINGLE; k++) {
      const h = hashes[k]!;
      a = (Math.imul(a, 31) + h) & 0x3ffffff;
      b = (Math.imul(b, 131) + (h >>> 6)) & 0x3ffffff;
      words += content[k]!;
    }
    keys.push(words >= 2 ? a * 0x4000000 + b : null);
  }
  return keys;
}

/** Adds a source's shingles; the first source that holds a shingle names it. */
export function addShingles(into: Shingles, tokens: readonly Token[], source: CopySource): void {
  for (const key of shingleKeys(tokens)) if (key !== null && !into.has(key)) into.set(key, source);
}

/**
 * Shingles that lie inside one constraint value (`10TB NVMe × 8 nodes` is five words): writing the value as
 * the question writes it is not a copy, whichever shown text also holds those words.
 */
export function exemptShingles(values: readonly (readonly Token[])[]): Set<number> {
  const out = new Set<number>();
  for (const tokens of values) for (const key of shingleKeys(tokens)) if (key !== null) out.add(key);
  return out;
}

export type CopyMap = {
  /** For each answer token, the source it was copied from, or null. */
  byToken: (CopySource | null)[];
  /** Share of the answer's tokens copied from each source. */
  share: Record<CopySource, number>;
  copied: number;
};

export function findCopies(tokens: readonly Token[], shingles: Shingles, exempt: ReadonlySet<number> = new Set(), shownStems?: ReadonlySet<number>): CopyMap {
  const mark = (into: (CopySource | null)[], keys: (number | null)[], at: (k: number) => number) => {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const source = key === null || key === undefined || exempt.has(key) ? undefined : shingles.get(key);
      if (source) for (let k = i; k < i + SHINGLE; k++) into[at(k)] ??= source;
    }
  };
  const byToken: (CopySource | null)[] = new Array(tokens.length).fill(null);
  mark(byToken, shingleKeys(tokens), (k) => k);
  // A paste with a word of one's own slipped in every few words ("…the breaker really trips after…") breaks every
  // run of five. Read without the words the bot never showed, such a paste is most of the answer again; honest
  // answers that borrow the model answer's phrases stay well under that (graded sets: at most 43%).
  if (shownStems) {
    const kept: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (shownStems.has(tokens[i]!.stemHash)) kept.push(i);
    if (kept.length < tokens.length) {
      const again: (CopySource | null)[] = new Array(tokens.length).fill(null);
      mark(again, shingleKeys(kept.map((i) => tokens[i]!)), (k) => kept[k]!);
      const pasted = again.filter((s) => s === 'modelAnswer').length / Math.max(1, tokens.length);
      if (pasted >= SPLIT_PASTE_SHARE) again.forEach((s, i) => (byToken[i] ??= s));
    }
  }
  const share = Object.fromEntries(COPY_SOURCES.map((s) => [s, 0])) as Record<CopySource, number>;
  let copied = 0;
  for (const s of byToken) {
    if (!s) continue;
    share[s] += 1;
    copied++;
  }
  for (const s of COPY_SOURCES) share[s] = tokens.length > 0 ? share[s] / tokens.length : 0;
  return { byToken, share, copied };
}
