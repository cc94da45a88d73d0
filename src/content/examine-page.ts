import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { chooseLanguage, type Detection } from '../core/language';
import type { PageReport } from '../shared/messages';

/** Pages larger than this are not parsed: Readability would take seconds on them. */
export const MAX_ELEMENTS = 30_000;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export type DetectLanguage = (text: string) => Promise<Detection | null>;

/**
 * Decides whether the document is an article and, if it is, finds its title and language.
 * Readability parses a clone: the live page is never modified.
 */
export async function examinePage(doc: Document, detectLanguage: DetectLanguage): Promise<PageReport> {
  const url = doc.location?.href ?? doc.URL;
  if (!HTML_TYPES.has(doc.contentType)) {
    return { kind: 'not-html', url, contentType: doc.contentType.slice(0, 200) };
  }
  if (!doc.body || !isProbablyReaderable(doc)) return { kind: 'not-article', url };

  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(doc.cloneNode(true) as Document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', url, reason: reason.slice(0, 500) };
  }
  if (!article?.textContent) return { kind: 'not-article', url };

  const htmlLang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  const metaLang = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const detected = await detectLanguage(article.textContent.slice(0, 20_000)).catch(() => null);
  const { lang, source } = chooseLanguage({ htmlLang, metaLang, detected });
  const title = (article.title || doc.title).trim().slice(0, 2000);
  return { kind: 'article', url, title, lang, langSource: source };
}
