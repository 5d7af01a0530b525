/** One catalogue of user-facing templates per language; feedback follows the answer's language or the user's setting. */
import { en, type Messages } from './en.ts';
import { zh } from './zh.ts';

export type { Messages } from './en.ts';
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
/** What a user may choose: a language, or `auto` (the language the answer is written in). */
export type LangSetting = Lang | 'auto';

const CATALOGUES: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/**
 * The language an answer is mostly written in: Chinese when Han characters outnumber Latin letters by more
 * than one to one (a Chinese character carries about as much as a short English word, so mixed answers that
 * keep English terms — "用 Strangler Fig 迁移" — still read as Chinese).
 */
export function answerLang(text: string): Lang {
  if (!mayHoldHan(text)) return 'en';
  const { han, latin } = letterCounts(text);
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}

const HAN_CHARACTER = /\p{Script=Han}/u;
const BEYOND_LATIN = /[^\u0000-\u2e7f]/;
/** Only text past U+2E7F can hold Han: one cheap test spares the slower script test on most answers. */
export function mayHoldHan(text: string): boolean {
  return BEYOND_LATIN.test(text);
}

/** Han characters and Latin letters (A–Z, a–z) in a text: one pass, the script test only past U+2E7F. */
export function letterCounts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if (code >= 0x2e80) {
      const wide = code >= 0xd800 && code <= 0xdbff;
      if (HAN_CHARACTER.test(wide ? text.slice(i, i + 2) : text[i]!)) han++;
      if (wide) i++;
    }
  }
  return { han, latin };
}

/** The language of a view with no answer to read (a menu, a notice): the setting, English under `auto`. */
export function viewLang(setting: string): Lang {
  return setting === 'zh' ? 'zh' : 'en';
}

export function resolveLang(setting: LangSetting | undefined, text: string): Lang {
  return setting === 'en' || setting === 'zh' ? setting : answerLang(text);
}
