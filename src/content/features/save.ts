// Saving to the vocabulary from a card: the one place where a save's payload is made. The
// background is the one writer; the card shows "saved" only when it answers.
import type { VocabularySave } from '../../contract/background-api';
import { callBackground } from '../../contract/callers';
import { sentenceAround } from '../../core/sentence-around';
import { VOCABULARY_LIMITS } from '../../core/vocabulary/item';
import type { PageContext } from '../page-context';

export interface SaveWhat {
  kind: VocabularySave['kind'];
  status: VocabularySave['status'];
  text: string;
  root?: string;
  entryId?: string;
  name?: string;
  gloss?: string;
  readerLang: string;
  /** Where it stands in the article: the sentence around it is saved with it. */
  block: number;
  start: number;
  end: number;
}

export async function saveToVocabulary(ctx: PageContext, what: SaveWhat): Promise<boolean> {
  const block = ctx.blocks[what.block];
  const cut = (s: string | undefined, max: number) => (s ?? '').slice(0, max);
  const reply = await callBackground('saveVocabulary', {
    kind: what.kind,
    text: cut(what.text, VOCABULARY_LIMITS.text),
    root: cut(what.root, VOCABULARY_LIMITS.root),
    entryId: cut(what.entryId, VOCABULARY_LIMITS.entryId),
    name: cut(what.name, VOCABULARY_LIMITS.name),
    gloss: cut(what.gloss, VOCABULARY_LIMITS.gloss),
    status: what.status,
    lang: ctx.annotations.pageLang,
    readerLang: what.readerLang,
    sentence: cut(
      block ? sentenceAround(block.text, what.start, what.end) : what.text,
      VOCABULARY_LIMITS.sentence,
    ),
    pageTitle: cut(ctx.pageTitle, VOCABULARY_LIMITS.pageTitle),
    url: httpUrl(ctx.annotations.url),
  });
  return reply.ok;
}

/** The page's address for the vocabulary: http(s) only (a file: or data: page keeps none). */
function httpUrl(url: string): string {
  return /^https?:\/\//i.test(url) && url.length <= VOCABULARY_LIMITS.url ? url : '';
}
