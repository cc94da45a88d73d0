// Detection in one page, on the path that ships (tests, scores, benchmarks): the live page is
// serialised with its elements numbered, the copy is parsed with DOMParser and Readability (what
// the offscreen document or the event page does), and the result is mapped back onto the live
// page. Only the thread differs: here the parse runs in the page.
import {
  DEFAULT_DETECT_OPTIONS,
  type Detection,
  type DetectOptions,
  detectArticle,
} from '../../src/dom/detect-article';
import { parseNumberedHtml } from '../../src/dom/parse-numbered';

export function detectHere(
  doc: Document,
  options: DetectOptions = DEFAULT_DETECT_OPTIONS,
): Promise<Detection> {
  return detectArticle(doc, options, {
    parse: async (html) => parseNumberedHtml(html, options),
    pause: async () => undefined,
  });
}
