// Firefox: the event page has a DOM and parses the numbered copy itself. Chosen at build time
// (scripts/build.ts); Chromium's bundle has chrome.ts here instead.
import type { ParseOutcome, ParseRequest } from '../../contract/offscreen-api';
import { parseNumberedHtmlInTasks } from '../../dom/parse-numbered';

// In two tasks, as in Chromium's offscreen document: Firefox's extension pages (the popup, the
// options page) share a thread with the event page, and may draw a frame between the two.
export async function parseArticle(params: ParseRequest): Promise<ParseOutcome> {
  return parseNumberedHtmlInTasks(params.html, params);
}
