/** Small text helpers shared by the importer, loader, validator and scorer. */

/** Splits on `separator` only outside parentheses and brackets, so `48-core total (EU: 24, US: 24)` stays whole. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The values of a constraint category: `8-core, 32GB, 1Gbps` → three values. */
export function constraintValues(text: string): string[] {
  return splitTopLevel(text, ',');
}

/**
 * Words as the bank counts them: whitespace-separated tokens holding a letter or a digit, so a lone
 * `|`, `→` or `—` is not a word. A run of Chinese characters counts as one token, as the seed's
 * counts treat mixed text; the bank's answers are English.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

/** One pass over character codes: this runs on every answer of every load, 10,000 of them in a large bank. */
export function countWords(text: string): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (counted) continue;
    const wordy = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(text[i]!);
    if (wordy) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** `Q7` → 7; used to sort ids naturally. */
export function idNumber(id: string): number {
  return Number.parseInt(id.slice(1), 10);
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id[0] === b.id[0] ? idNumber(a.id) - idNumber(b.id) : a.id.localeCompare(b.id);
}
