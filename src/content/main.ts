// Content script (top frame, document_idle): examines the page, tells the background, and
// examines it again when the page changes. Everything is caught: nothing may throw into the page.
import { browser } from '../shared/browser';
import { callBackground } from '../shared/call-background';
import type { Detection } from './article/detect-article';
import { examinePage, type LanguageTools } from './examine-page';
import { watchPage } from './page-watcher';

const language: LanguageTools = {
  detect: (text) => browser.i18n.detectLanguage(text),
  async guess(text) {
    const reply = await callBackground('guessLanguage', { text });
    return reply.ok ? reply.value.lang : null;
  },
};

let detection: Detection | null = null;

async function examine(): Promise<void> {
  const result = await examinePage(document, language);
  detection = result.detection;
  const reply = await callBackground('reportPage', result.report);
  if (!reply.ok) console.debug('[lentera] report refused:', reply.error.message);
}

function current() {
  if (detection?.kind !== 'article') return { container: null, probes: [] };
  const nodes = detection.blocks.flatMap((b) => b.segments.map((s) => s.node));
  // A few nodes from the start, middle and end are enough to notice a replaced article.
  const probes = [nodes[0], nodes[Math.floor(nodes.length / 2)], nodes[nodes.length - 1]].filter(
    (n): n is Text => n !== undefined,
  );
  return { container: detection.container, probes };
}

async function main(): Promise<void> {
  const controller = new AbortController();
  await examine();
  if (document.contentType !== 'text/html' && document.contentType !== 'application/xhtml+xml') return;
  watchPage(document, {
    signal: controller.signal,
    current,
    isOwnNode: () => false,
    onChange: () => {
      examine().catch((error: unknown) => console.debug('[lentera] examination failed:', error));
    },
  });
}

if (window.top === window) {
  main().catch((error: unknown) => console.debug('[lentera] gave up on this page:', error));
}
