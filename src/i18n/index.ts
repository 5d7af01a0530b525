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
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}

export function resolveLang(setting: LangSetting | undefined, text: string): Lang {
  return setting === 'en' || setting === 'zh' ? setting : answerLang(text);
}
