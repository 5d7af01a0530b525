/**
 * Does a model answer address each constraint value of its entry? A value is addressed when the answer
 * states its quantities (`8-core` ~ `8 cores`, `$50K/mo` ~ `$50K per month`), its versions
 * (`Solana v1.18` ~ `Solana 1.18`) and role counts (`3 Sec` ~ `**Sec** (3)`), or, for a value without
 * numbers (`Sec team bottleneck`), most of its words. Quantities are read and compared by the same
 * code the scorer uses on candidates' answers (quantity.ts).
 */
import { extractQuantities, sameQuantity, type Quantity } from './quantity.ts';
import { STAKEHOLDER_ROLES } from './schema.ts';
import { constraintValues } from './text.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `Solana v1.18`, `Rust 1.83`, `libp2p v0.53`: a name and its dotted version. */
const VERSION = /([A-Za-z][\w.-]*)\s+v?(\d+\.\d+(?:\.\d+)?)\b|\bv(\d+(?:\.\d+)*)\b/g;
/** `3 Sec`, `2 QA`, `1 SRE`: a headcount of a stakeholder role. */
const ROLE_COUNT = new RegExp(`(?<![\\w.])(\\d+)\\s+(${STAKEHOLDER_ROLES.join('|')})s?\\b`, 'g');

type Wanted = { versions: { name: string | null; version: string }[]; roles: { count: string; role: string }[]; quantities: Quantity[] };

function wantedOf(value: string): Wanted {
  const versions = [...value.matchAll(VERSION)].map((m) => ({ name: m[3] ? null : m[1]!, version: m[2] ?? m[3]! }));
  const roles = [...value.matchAll(ROLE_COUNT)].map((m) => ({ count: m[1]!, role: m[2]! }));
  // What remains after versions and role counts are the value's quantities; a bare number counts only alone.
  const rest = value.replace(VERSION, ' ').replace(ROLE_COUNT, ' ');
  const found = extractQuantities(rest);
  const withUnits = found.filter((q) => q.dimension !== 'number');
  return { versions, roles, quantities: withUnits.length > 0 ? withUnits : found };
}

function hasVersion(want: { name: string | null; version: string }, answer: string): boolean {
  const at = new RegExp(`(?<![\\d.])v?${escapeRegExp(want.version)}(?![\\d])`, 'i');
  return at.test(answer) && (!want.name || new RegExp(`\\b${escapeRegExp(want.name)}`, 'i').test(answer));
}

/** `3 Sec` is addressed by `3 Sec`, `**Sec** (3)` or `Sec (3, 6mo)`; `3 Dev` also by `3 devs`, never `3 seconds`. */
function hasRoleCount(want: { count: string; role: string }, answer: string): boolean {
  const role = escapeRegExp(want.role);
  const plural = want.role === 'Dev' ? 's?|elopers?' : 's?';
  return new RegExp(`\\b${role}(?:${plural})\\b\\**\\s*\\(\\s*${want.count}\\b|(?<![\\d.])${want.count}\\s+${role}(?:${plural})\\b`, want.role === 'Sec' ? '' : 'i').test(answer);
}

const FILLER = new Set(['and', 'or', 'the', 'of', 'with', 'for', 'to', 'in', 'on', 'a', 'an', 'via', 'vs', 'at', 'by', 'is', 'x']);
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const wordKey = (w: string) => {
  const lower = w.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
};

function contentWords(value: string): string[] {
  return value
    .split(/[\s,()/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length >= 2 && !FILLER.has(w.toLowerCase()));
}

type AnswerText = { text: string; quantities: Quantity[]; tokens: Set<string>; squashed: string };

function readAnswer(answer: string): AnswerText {
  return {
    text: answer,
    quantities: extractQuantities(answer),
    tokens: new Set(answer.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(wordKey)),
    squashed: squash(answer),
  };
}

/** A whole word (`Sec` is not in `second`); a word with inner punctuation (`SOC-2`) also as `SOC 2` or `SOC2`. */
function hasWord(word: string, answer: AnswerText): boolean {
  if (/[^\p{L}\p{N}]/u.test(word)) return answer.squashed.includes(squash(word));
  return answer.tokens.has(wordKey(word));
}

function addresses(value: string, answer: AnswerText): boolean {
  const wanted = wantedOf(value);
  if (wanted.versions.length + wanted.roles.length + wanted.quantities.length > 0) {
    return (
      wanted.versions.every((v) => hasVersion(v, answer.text)) &&
      wanted.roles.every((r) => hasRoleCount(r, answer.text)) &&
      wanted.quantities.every((q) => answer.quantities.some((got) => sameQuantity(got, q)))
    );
  }
  const words = contentWords(value);
  if (words.length === 0) return true;
  // Half the words: `HSM integration` is addressed by an answer built around the HSM.
  return words.filter((w) => hasWord(w, answer)).length >= Math.ceil(words.length / 2);
}

/** True when `answer` addresses the constraint value `value`. */
export function addressesValue(value: string, answer: string): boolean {
  return addresses(value, readAnswer(answer));
}

/** The constraint values of an entry that its answer never addresses, each with its category. */
export function unaddressedValues(constraints: { category: string; text: string }[], answer: string): { category: string; value: string }[] {
  const read = readAnswer(answer);
  const out: { category: string; value: string }[] = [];
  for (const c of constraints) {
    for (const value of constraintValues(c.text)) if (!addresses(value, read)) out.push({ category: c.category, value });
  }
  return out;
}
