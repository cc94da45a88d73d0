// The reader's vocabulary as the options page sees it: through the background (it lives in the
// background's IndexedDB, which no test reads behind its back).
import type { VocabularyItem } from '../../../src/core/vocabulary/item';
import type { ExtensionPage } from '../../../tools/browser/pages';

export async function listVocabulary(extension: ExtensionPage): Promise<VocabularyItem[]> {
  const reply = (await extension.call('listVocabulary', {})) as
    | { ok: true; value: VocabularyItem[] }
    | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(`listVocabulary: ${reply.error.message}`);
  return reply.value;
}

/** Removes every item, as the options page's "remove" does, and checks that none is left. */
export async function clearVocabulary(extension: ExtensionPage): Promise<void> {
  const ids = (await listVocabulary(extension)).map((i) => i.id);
  if (ids.length > 0) {
    const reply = (await extension.call('deleteVocabulary', { ids })) as { ok: boolean };
    if (!reply.ok) throw new Error(`deleteVocabulary: ${JSON.stringify(reply)}`);
  }
  const left = (await listVocabulary(extension)).length;
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
