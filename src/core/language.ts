// Choosing the article's language from what the page declares and what a detector says.

import * as v from 'valibot';
import { indonesianOverMalay } from './indonesian-or-malay';
import { sameMacrolanguage } from './languages/registry';

/** Where the article's language came from. */
export const LANG_SOURCES = ['html', 'meta', 'detected', 'unknown'] as const;
export type LangSource = (typeof LANG_SOURCES)[number];

/** A language as Lentera stores it: a BCP 47 primary subtag of two or three letters ("id", "en"). */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;
/** The schema of a language code; `message` words the error for where it is shown. */
export const languageCodeSchema = (
  message: v.ErrorMessage<v.RegexIssue<string>> = 'a two- or three-letter language code',
) => v.pipe(v.string(), v.regex(LANGUAGE_CODE, message));

export interface Detection {
  isReliable: boolean;
  languages: readonly { language: string; percentage: number }[];
}

/** Deprecated or alias codes that pages still declare, mapped to the code the world uses now. */
const ALIASES: Readonly<Record<string, string>> = {
  in: 'id',
  iw: 'he',
  ji: 'yi',
  jw: 'jv',
  zsm: 'ms',
  ind: 'id',
};

/**
 * The primary language subtag of a BCP 47 tag ("id-ID" → "id", "EN_us" → "en"), or null when the
 * tag is empty, malformed, or says nothing ("und", "mul", "zxx", "x-…").
 */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const first =
    tag
      .trim()
      .split(/[-_\s,;]/, 1)[0]
      ?.toLowerCase() ?? '';
  if (!LANGUAGE_CODE.test(first)) return null;
  if (first === 'und' || first === 'mul' || first === 'zxx' || first === 'mis') return null;
  return ALIASES[first] ?? first;
}

export interface LanguageEvidence {
  /** `<html lang>` */
  htmlLang?: string | null;
  /** `<meta http-equiv="content-language">` */
  metaLang?: string | null;
  /** What a detector made of the article text, if it was asked. */
  detected?: Detection | null;
  /** Some of the article's text, to tell Indonesian from Malay. */
  sample?: string;
}

/**
 * A declared language is believed unless a reliable detector clearly disagrees (templates often
 * ship `lang="en"` on pages written in another language). Without a declaration the detector
 * decides, when it is sure enough.
 */
export function chooseLanguage(evidence: LanguageEvidence): { lang: string; source: LangSource } {
  const declared =
    primaryLanguage(evidence.htmlLang) !== null
      ? { lang: primaryLanguage(evidence.htmlLang) as string, source: 'html' as const }
      : primaryLanguage(evidence.metaLang) !== null
        ? { lang: primaryLanguage(evidence.metaLang) as string, source: 'meta' as const }
        : null;
  const top = evidence.detected?.languages[0];
  let detectedLang = top ? primaryLanguage(top.language) : null;
  if ((detectedLang === 'ms' || detectedLang === 'id') && evidence.sample) {
    detectedLang = indonesianOverMalay(evidence.sample) >= 0 ? 'id' : 'ms';
  }
  const confident = Boolean(evidence.detected?.isReliable && top && top.percentage >= 60 && detectedLang);

  if (declared) {
    // Indonesian and Malay are one macrolanguage: a detector's "ms" must not overrule "id".
    if (confident && detectedLang && !sameMacrolanguage(detectedLang, declared.lang)) {
      return { lang: detectedLang, source: 'detected' };
    }
    return declared;
  }
  if (confident && detectedLang) return { lang: detectedLang, source: 'detected' };
  return { lang: 'und', source: 'unknown' };
}
