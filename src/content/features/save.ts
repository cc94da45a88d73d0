// Saving to the vocabulary from a card on the page. The background is the one writer; saves go
// through one queue per page (ui/save-queue.ts), which sends each again until the background
// answers, so the card shows "saved" only once it is stored, and a worker stopped meanwhile only
// delays it. The payload is made in ui/vocabulary-save.ts.
import { createBackgroundSaveQueue } from '../../ui/background-saves';
import { type SaveOutcome, type SaveWhat, saveOutcome, vocabularySave } from '../../ui/vocabulary-save';
import type { PageContext } from '../page-context';

const queue = createBackgroundSaveQueue();

export async function saveToVocabulary(ctx: PageContext, what: SaveWhat): Promise<SaveOutcome> {
  const reply = await queue.save(
    vocabularySave(what, {
      blockText: ctx.blocks[what.block]?.text,
      pageLang: ctx.annotations.pageLang,
      pageTitle: ctx.pageTitle,
      url: ctx.annotations.url,
    }),
  );
  return saveOutcome(reply);
}
