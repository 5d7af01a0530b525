/**
 * An entry's key insight as claims: the recommended approach, each effect it has (with its direction and
 * numbers), what it costs, and how it fits the constraints. The key insight is written to a pattern —
 * "<approach> <effect>, <effect>, but <cost>, fitting <constraint>" — and each clause becomes one claim,
 * labelled with its own words so feedback can quote it.
 */
import type { Entry } from '../bank/schema.ts';
import { extractQuantities, type Quantity } from '../bank/quantity.ts';
import { splitTopLevel } from '../bank/text.ts';
import { STOPWORDS } from './lexicon.ts';
import { compileTerm, type Term } from './match.ts';
import { normalizeText } from './normalize.ts';

export type Direction = 'up' | 'down';
export type ClaimKind = 'effect' | 'cost' | 'fit';
export type QuantityRef = Pick<Quantity, 'value' | 'dimension' | 'raw'>;

export type Claim = {
  kind: ClaimKind;
  /** The clause as the key insight writes it: "cutting error rate 90% (5% → 0.5%)". */
  label: string;
  /** What the claim is about, as a person names it: "error rate". */
  object: string;
  /** Each word of the object with its synonyms: a sentence names the object when it holds half of them… */
  objectWords: Term[][];
  /** …or one of the content's aliases for the whole object (`errors`, `错误率`). */
  objectAliases: Term[];
  direction?: Direction;
  numbers: QuantityRef[];
};

const DOWN = /^(reduc|cut|lower|decreas|minimi|sav|drop|shrink|throttl|sacrific|repay)/;
const UP = /^(increas|rais|boost|maximi|improv|doubl|add|spik|grow|yield|captur)/;
const NEUTRAL_VERB = /^(achiev|enabl|support|preserv|validat|provid|guarantee|reproduc|migrat|trip|scal|fit|requir|need|cost|keep|mak|get|give|hit|deliver|handl|serv)/;
/** Words that carry no idea of their own in a clause ("fitting $8K/mo budget", "requires 12 devs"). */
const GENERIC = new Set([
  'fitting', 'fits', 'within', 'total', 'monthly', 'while', 'over', 'before', 'after', 'using', 'based', 'vs.', 'via', 'per',
  'enabling', 'achieving', 'requiring', 'during', 'from', 'across', 'under', 'with', 'only',
]);
const CLAUSE_SPLIT = /\s+(?:but|while|and|whereas)\s+|;\s*/;
const FIT_START = /^(fitting|fits?|within|for|meeting|matching|under)\b/i;
const COST_START = /^(\+|adds?|costs?|requires?|needs?|sacrifices?|doubles?|increases?|throttles?|spikes?)\b/i;
/** The approach ends where its first effect verb begins: "Strangler Fig | migrates 5M users…". */
export const SUBJECT_END =
  /\s(?=(?:reduc|achiev|migrat|cut|enabl|trips?|preserv|support|validat|yield|maximi|scal|drops?|repays?|fits?|fitting|increas|lowers?|improv|provid|guarantee|reproduc|doubl|captur)\w*\b)|[,:;(]/i;

/** Code in a key insight: an identifier (`solana-test-validator`, `Dex`) is said aloud, a type signature is not. */
export function insightText(keyInsight: string): string {
  return keyInsight.replace(/`([^`]*)`/g, (_, code: string) => (/[<>{}()]/.test(code) ? ' ' : code));
}

function contentWordsOf(text: string): string[] {
  return normalizeText(text)
    .text.toLowerCase()
    .split(/[^\p{L}\p{N}.$%+-]+/u)
    .map((w) => w.replace(/^[.+-]+|[.+-]+$/g, ''))
    .filter((w) => w.length >= 2 && !STOPWORDS.has(w) && !GENERIC.has(w) && !/\d/.test(w));
}

function directionOf(words: string[]): Direction | undefined {
  for (const w of words) {
    if (DOWN.test(w)) return 'down';
    if (UP.test(w)) return 'up';
  }
  return undefined;
}

const UNIT_WORDS = /^(mo|yr|day|days|s|ms|min|hr|h|per|k|m|b)$/;

/** The clause's object: its content words after the verb, without numbers, units or direction words. */
function objectWords(clause: string): string[] {
  const bare = normalizeText(clause).text.replace(/\([^)]*\)/g, ' ');
  let words = contentWordsOf(bare).filter((w) => !UNIT_WORDS.test(w));
  if (words.length === 0) words = contentWordsOf(clause).filter((w) => !UNIT_WORDS.test(w) && !NEUTRAL_VERB.test(w));
  return words.filter((w) => !DOWN.test(w) && !UP.test(w) && !NEUTRAL_VERB.test(w)).slice(0, 4);
}

function quantitiesOf(text: string): QuantityRef[] {
  return extractQuantities(normalizeText(text).text)
    .filter((q) => q.dimension !== 'number' || /%/.test(q.raw))
    .map((q) => ({ value: q.value, dimension: q.dimension, raw: q.raw }));
}

export type InsightParts = { subject: string; claims: Claim[] };

/**
 * Splits the key insight into its approach (the subject) and claims. `objectAliases` are the content's
 * aliases for the things the insight changes (`error rate` → `errors`, `错误率`).
 */
export function insightClaims(entry: Entry, objectAliases: Map<string, string[]> = new Map()): InsightParts {
  const text = insightText(entry.keyInsight).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const [head = '', ...rest] = splitTopLevel(text, ',');
  const cut = SUBJECT_END.exec(head);
  const subject = (cut ? head.slice(0, cut.index) : head).trim();
  // "Threshold ECDSA (t-of-n) reduces…": a parenthesis after the subject belongs to it.
  const firstEffect = cut ? head.slice(cut.index).replace(/^\s*\([^)]*\)/, '').replace(/^[\s,:;(]+/, '').trim() : '';
  const clauses: { text: string; afterBut: boolean }[] = [];
  let afterBut = false;
  for (const piece of [firstEffect, ...rest]) {
    const parts = piece.split(/(^but\s+|\s+but\s+)/);
    for (const part of parts) {
      if (/^\s*but\s+$/.test(part)) {
        afterBut = true;
        continue;
      }
      for (const clause of part.split(CLAUSE_SPLIT)) {
        const t = clause.trim().replace(/^vs\.?\s+/i, '');
        if (t.split(/\s+/).length >= 2 || /\d/.test(t)) clauses.push({ text: t, afterBut });
      }
    }
  }
  const claims: Claim[] = [];
  let previous: ClaimKind | null = null;
  for (const { text: clause, afterBut: cost } of clauses) {
    // "fitting 4-core, 16GB budget": a clause with no verb of its own continues the list before it.
    const continues: boolean = previous !== null && previous !== 'effect' && !/^[a-z]+(?:s|es|ed|ing)\b/i.test(clause);
    // "…but requires 4mo…, capturing +15% market share": a gain named after the cost is an effect again.
    const gain = /^(captur|yield|sav|gain|earn)/i.test(clause);
    const kind: ClaimKind = FIT_START.test(clause) ? 'fit' : continues ? previous! : !gain && (cost || COST_START.test(clause)) ? 'cost' : 'effect';
    previous = kind;
    const words = objectWords(clause);
    if (words.length === 0 && quantitiesOf(clause).length === 0) continue;
    const object = words.join(' ');
    // The content names its alias groups by a phrase of the key insight ("TPS", "ops cost"): a group belongs to
    // the claim whose clause holds that phrase, whatever words the claim's object was cut to ("tps monolithic").
    const said = ` ${clause.toLowerCase().replace(/[^\p{L}\p{N}$%.+-]+/gu, ' ')} `;
    const aliases = [...objectAliases].filter(([phrase]) => phrase === object.toLowerCase() || said.includes(` ${phrase.replace(/[^\p{L}\p{N}$%.+-]+/gu, ' ').trim()} `)).flatMap(([, names]) => names);
    claims.push({
      kind,
      label: clause,
      object: object || clause,
      // The object's own words only: synonym groups are too wide here ("audit" would name "GDPR compliance"); the content's aliases give the variants.
      objectWords: words.map((w) => [compileTerm(w)].filter((t): t is Term => t !== null)),
      objectAliases: aliases.flatMap((a) => [compileTerm(a)].filter((t): t is Term => t !== null)),
      direction: directionOf(contentWordsOf(clause)),
      numbers: quantitiesOf(clause),
    });
  }
  return { subject, claims };
}
