// Firefox: the event page has a DOM and parses the numbered copy itself. Chosen at build time
// (scripts/build.ts); Chromium's bundle has chrome.ts here instead.
import type { ParseOutcome, ParseRequest } from '../../contract/offscreen-api';
import { parseNumberedHtml } from '../../dom/parse-numbered';

export async function parseArticle(params: ParseRequest): Promise<ParseOutcome> {
  return parseNumberedHtml(params.html, params);
}
