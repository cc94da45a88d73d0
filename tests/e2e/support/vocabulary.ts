// The reader's vocabulary as the options page sees it: through the background (it lives in the
// background's IndexedDB, which no test reads behind its back).
import { VOCABULARY_LIST_PAGE } from '../../../src/contract/background-api';
import { CHANNELS } from '../../../src/contract/names';
import type { VocabularyItem } from '../../../src/core/vocabulary/item';
import type { ExtensionPage } from '../../../tools/browser/pages';

/** Every item, oldest first, a page at a time (as the options page reads them). */
export async function listVocabulary(extension: ExtensionPage): Promise<VocabularyItem[]> {
  const all: VocabularyItem[] = [];
  for (let offset = 0; ; offset += VOCABULARY_LIST_PAGE) {
    const reply = (await extension.call('listVocabulary', { offset, limit: VOCABULARY_LIST_PAGE })) as
      | { ok: true; value: VocabularyItem[] }
      | { ok: false; error: { message: string } };
    if (!reply.ok) throw new Error(`listVocabulary: ${reply.error.message}`);
    if (reply.value.length === 0) return all;
    all.push(...reply.value);
  }
}

/**
 * Removes every item, as the options page's "remove" does, and checks that none is left. The ids
 * are gathered in the extension page: a full vocabulary is too large to send on to the test.
 */
export async function clearVocabulary(extension: ExtensionPage): Promise<void> {
  const left = await extension.page.evaluate(
    async ({ channel, page }: { channel: string; page: number }) => {
      type Reply = { ok: boolean; value: unknown; error?: unknown };
      type Runtime = { runtime: { sendMessage(m: unknown): Promise<Reply> } };
      const g = globalThis as unknown as { chrome?: Runtime; browser?: Runtime };
      const api = (g.browser ?? g.chrome) as Runtime;
      // No named functions in here: tsx (the benchmarks) would wrap them in a helper the page lacks.
      const ids: string[] = [];
      for (let offset = 0; ; offset += page) {
        const reply = await api.runtime.sendMessage({
          lentera: 1,
          channel,
          method: 'listVocabulary',
          params: { offset, limit: page },
        });
        if (!reply.ok) throw new Error(`listVocabulary: ${JSON.stringify(reply.error)}`);
        const items = reply.value as { id: string }[];
        if (items.length === 0) break;
        ids.push(...items.map((i) => i.id));
      }
      for (const [method, params] of [
        ['deleteVocabulary', { ids }],
        ['countVocabulary', {}],
      ] as const) {
        if (method === 'deleteVocabulary' && ids.length === 0) continue;
        const reply = await api.runtime.sendMessage({ lentera: 1, channel, method, params });
        if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
        if (method === 'countVocabulary') return (reply.value as { count: number }).count;
      }
      return -1;
    },
    { channel: CHANNELS.background, page: VOCABULARY_LIST_PAGE },
  );
  if (left !== 0) throw new Error(`the vocabulary still holds ${left} items`);
}

/** Waits until the vocabulary holds at least `count` items, and returns them. */
export async function waitForVocabulary(
  extension: ExtensionPage,
  count: number,
  timeoutMs = 10_000,
): Promise<VocabularyItem[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items = await listVocabulary(extension);
    if (items.length >= count) return items;
    if (Date.now() > deadline) throw new Error(`the vocabulary holds ${items.length} items, not ${count}`);
    // Asking again at once would keep the background busy: wait for the next frame of the page.
    await extension.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}
