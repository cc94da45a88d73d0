// The popup's key terms from a tab's annotation: ranked (core/summary/key-terms), each with its
// name in the reader's language and as the article wrote it. Computed once, when the page is
// annotated, and kept with the annotation.
import type { AnnotateReply, KeyTermItem } from '../contract/background-api';
import { keyTerms } from '../core/summary/key-terms';

export function keyTermItems(reply: AnnotateReply): KeyTermItem[] {
  return keyTerms(reply.annotations).flatMap((k) => {
    const entry = reply.entries[k.entryId];
    if (!entry) return [];
    const name = entry.labels[reply.readerLang]?.name ?? entry.labels[reply.pageLang]?.name ?? k.entryId;
    const text = reply.annotations[k.first]?.text ?? name;
    return [{ entryId: k.entryId, count: k.count, name, text, kind: entry.kind }];
  });
}
