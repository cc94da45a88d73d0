// The last resort for a page's language: a trigram detector (franc-min) over the article's text,
// used when the page declares nothing and the browser's detector is unsure.
import { francAll } from 'franc-min';
import { indonesianOverMalay } from './indonesian-or-malay';

/** ISO 639-3 codes franc returns → the two-letter codes BCP 47 prefers, for common languages. */
const TWO_LETTER: Readonly<Record<string, string>> = {
  eng: 'en',
  ind: 'id',
  zlm: 'ms',
  jav: 'jv',
  sun: 'su',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  tur: 'tr',
  pol: 'pl',
  vie: 'vi',
  tgl: 'tl',
  ron: 'ro',
  hun: 'hu',
  ces: 'cs',
  swe: 'sv',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  hin: 'hi',
  mar: 'mr',
  ben: 'bn',
  tam: 'ta',
  tel: 'te',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tha: 'th',
  ell: 'el',
  heb: 'he',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  som: 'so',
  uzn: 'uz',
  azj: 'az',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  ceb: 'ceb',
};

/**
 * A two-letter (or three-letter, where no two-letter one exists) language code for the text, or
 * null when the text is too short or the detector cannot tell. Indonesian and Malay are told apart
 * by their own vocabulary, as trigrams mix them up.
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (sample.replace(/\s+/g, '').length < 40) return null;
  const [best] = francAll(sample, { minLength: 40 });
  if (!best || best[0] === 'und') return null;
  const code = TWO_LETTER[best[0]] ?? best[0];
  if (code === 'id' || code === 'ms') return indonesianOverMalay(sample) >= 0 ? 'id' : 'ms';
  return code;
}
