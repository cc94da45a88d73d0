import type { PageReport } from '../contract/background-api';
import { blocksWithinLimits, type ParseOutcome } from '../contract/offscreen-api';
import { chooseLanguage, type Detection as LanguageDetection } from '../core/language';
import { nextTask } from '../core/next-task';
import { countWords, normalizeSpace, readingMinutes } from '../core/text';
import { DEFAULT_DETECT_OPTIONS, type Detection, type DetectOptions, detectArticle } from './detect-article';

/** A new task: the page's own work may run before detection goes on. */

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Whether the document is a web page (not an image, a PDF or a text file shown by the browser). */
export function isHtmlDocument(doc: Document): boolean {
  return HTML_TYPES.has(doc.contentType);
}
/** Enough text for a detector to be sure, little enough to send. */
const SAMPLE_CHARS = 4000;

export interface LanguageTools {
  /** The browser's own detector (`i18n.detectLanguage`). */
  detect(text: string): Promise<LanguageDetection | null>;
  /** The last resort, run by the background (a trigram detector). */
  guess(text: string): Promise<string | null>;
}

export interface Examination {
  report: PageReport;
  detection: Detection | null;
}

/**
 * Decides whether the document (a web page: see `isHtmlDocument`) is an article and, if it is,
 * which live text is its body and in what language it is written. Readability parses a numbered
 * copy (`parse`: off the page's thread, in the extension): the live page is never modified.
 */
export async function examinePage(
  doc: Document,
  language: LanguageTools,
  options: Partial<DetectOptions>,
  parse: (html: string) => Promise<ParseOutcome | undefined>,
): Promise<Examination> {
  const url = doc.location?.href ?? doc.URL;
  let detection: Detection;
  try {
    detection = await detectArticle(
      doc,
      { ...DEFAULT_DETECT_OPTIONS, ...options },
      { parse, pause: nextTask },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { report: { kind: 'failed', url, reason: reason.slice(0, 500) }, detection: null };
  }
  if (detection.kind !== 'article') {
    return { report: { kind: detection.kind, url, reason: detection.reason.slice(0, 500) }, detection };
  }
  // A task of its own for the rest: the report's text, words and language.
  await nextTask();

  // A huge article is read from its start, to the limits: the copy was cut already, or the
  // blocks are cut here (the live blocks too, so that the annotation of each matches its own).
  const all = detection.blocks.map((b) => ({ kind: b.kind, text: b.text.slice(0, 100_000) }));
  const kept = blocksWithinLimits(all.map((b) => b.text.length));
  const blocks = all.slice(0, kept);
  const cut = detection.cut || kept < all.length;
  if (kept < all.length) detection = { ...detection, blocks: detection.blocks.slice(0, kept) };
  const sample = normalizeSpace(
    blocks
      .filter((b) => b.kind !== 'code')
      .map((b) => b.text)
      .join(' '),
  ).slice(0, SAMPLE_CHARS);
  const htmlLang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  const metaLang = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const detected = await language.detect(sample).catch(() => null);
  let { lang, source } = chooseLanguage({ htmlLang, metaLang, detected, sample });
  if (lang === 'und') {
    const guessed = await language.guess(sample).catch(() => null);
    if (guessed) [lang, source] = [guessed, 'detected'];
  }
  const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
  const { metadata } = detection;
  const dir =
    metadata.dir === 'rtl' || metadata.dir === 'ltr' || metadata.dir === 'auto' ? metadata.dir : null;
  return {
    report: {
      kind: 'article',
      url,
      title: metadata.title.slice(0, 2000),
      lang,
      langSource: source,
      byline: metadata.byline?.slice(0, 500) ?? null,
      siteName: metadata.siteName?.slice(0, 500) ?? null,
      publishedTime: metadata.publishedTime?.slice(0, 100) ?? null,
      excerpt: metadata.excerpt?.slice(0, 2000) ?? null,
      dir,
      words,
      readingMinutes: readingMinutes(words, lang),
      blocks,
      ...(cut ? { cut: blocks.filter((b) => b.kind !== 'headline').length } : {}),
    },
    detection,
  };
}
