// Saving to the vocabulary from a card on the page. The background is the one writer; the card
// shows "saved" only when it answers. The payload is made in ui/vocabulary-save.ts.
import { callBackground } from '../../contract/callers';
import { type SaveOutcome, type SaveWhat, saveOutcome, vocabularySave } from '../../ui/vocabulary-save';
import type { PageContext } from '../page-context';

export async function saveToVocabulary(ctx: PageContext, what: SaveWhat): Promise<SaveOutcome> {
  const reply = await callBackground(
    'saveVocabulary',
    vocabularySave(what, {
      blockText: ctx.blocks[what.block]?.text,
      pageLang: ctx.annotations.pageLang,
      pageTitle: ctx.pageTitle,
      url: ctx.annotations.url,
    }),
  );
  return saveOutcome(reply);
}
