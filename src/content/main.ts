// Content script (top frame, document_idle): examines the page and tells the background.
// Everything is caught here: nothing Lentera does may throw into the page.
import { browser } from '../shared/browser';
import { callBackground } from '../shared/call-background';
import { examinePage } from './examine-page';

async function main(): Promise<void> {
  const report = await examinePage(document, (text) => browser.i18n.detectLanguage(text));
  const reply = await callBackground('reportPage', report);
  if (!reply.ok) console.debug('[lentera] report refused:', reply.error.message);
}

if (window.top === window) {
  main().catch((error: unknown) => console.debug('[lentera] gave up on this page:', error));
}
