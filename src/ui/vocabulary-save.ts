// A vocabulary save's payload: the one place it is made, for a card on the page and a card in the
// popup's summary alike. Every field is cut to its limit here; the sentence around the word is
// taken from the text it was read in; only an http(s) page keeps its address.
import type { AnnotateReply, VocabularySave, WordLookupReply } from '../contract/background-api';
import type { Result } from '../contract/result';
import type { ProfiledAnnotation } from '../core/names/profiles';
import { sentenceAround } from '../core/sentence-around';
import { VOCABULARY_LIMITS } from '../core/vocabulary/item';

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

export interface SaveSource {
  /** The text of the block `what.block` (undefined: the saved text stands for its sentence). */
  blockText: string | undefined;
  pageLang: string;
  pageTitle: string;
  url: string;
}

export function vocabularySave(what: SaveWhat, source: SaveSource): VocabularySave {
  const cut = (s: string | undefined, max: number) => (s ?? '').slice(0, max);
  return {
    kind: what.kind,
    text: cut(what.text, VOCABULARY_LIMITS.text),
    root: cut(what.root, VOCABULARY_LIMITS.root),
    entryId: cut(what.entryId, VOCABULARY_LIMITS.entryId),
    name: cut(what.name, VOCABULARY_LIMITS.name),
    gloss: cut(what.gloss, VOCABULARY_LIMITS.gloss),
    status: what.status,
    lang: source.pageLang,
    readerLang: what.readerLang,
    sentence: cut(
      source.blockText !== undefined ? sentenceAround(source.blockText, what.start, what.end) : what.text,
      VOCABULARY_LIMITS.sentence,
    ),
    pageTitle: cut(source.pageTitle, VOCABULARY_LIMITS.pageTitle),
    url: httpUrl(source.url),
  };
}

/** The page's address for the vocabulary: http(s) only (a file: or data: page keeps none). */
function httpUrl(url: string): string {
  return /^https?:\/\//i.test(url) && url.length <= VOCABULARY_LIMITS.url ? url : '';
}

/** What a card and a save show of a marked name: its entry or in-article profile, name and gloss. */
export function termFacts(
  a: ProfiledAnnotation,
  record: Pick<AnnotateReply, 'entries' | 'profiles' | 'pageLang' | 'readerLang'>,
) {
  const entry = a.entryId ? (record.entries[a.entryId] ?? null) : null;
  const reader = record.readerLang;
  const name = entry?.labels[reader]?.name ?? entry?.labels[record.pageLang]?.name ?? a.text;
  const gloss = entry?.gloss[reader] ?? null;
  const profile = !entry && a.profile ? (record.profiles?.[a.profile] ?? null) : null;
  return { entry, profile, name, gloss };
}

/** The save of a marked name (always "learning": a name is saved to be learnt). */
export function termSave(
  a: ProfiledAnnotation,
  facts: ReturnType<typeof termFacts>,
  readerLang: string,
): SaveWhat {
  const { entry, profile, name, gloss } = facts;
  return {
    kind: 'term',
    status: 'learning',
    text: a.text,
    entryId: a.entryId ?? '',
    name: entry ? name : (profile?.roleInReader ?? profile?.role ?? ''),
    gloss: gloss ?? '',
    readerLang,
    block: a.block,
    start: a.start,
    end: a.end,
  };
}

/** The save of a looked-up word, from the word card's reply (the word as written where none matched). */
export function wordSave(
  reply: WordLookupReply,
  status: SaveWhat['status'],
  at: { word: string; block: number; start: number; end: number },
): SaveWhat {
  const result = reply.result;
  return {
    kind: 'word',
    status,
    text: result?.text ?? at.word,
    root: result?.root ?? '',
    gloss: result?.glosses.slice(0, 4).join('; ') ?? '',
    readerLang: reply.readerLang,
    block: at.block,
    start: at.start,
    end: at.end,
  };
}

/**
 * How a save ended, for a card: stored; refused because the browser's storage is full (trying
 * again at once will not help: the card says so); or failed otherwise (try again).
 */
export type SaveOutcome = 'saved' | 'full' | 'failed';

export function saveOutcome(reply: Result<unknown>): SaveOutcome {
  if (reply.ok) return 'saved';
  return reply.error.code === 'storage-full' ? 'full' : 'failed';
}
