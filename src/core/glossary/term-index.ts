// A trie of every label of a glossary pack, in normalised form, built once per page language and
// reused for every article. Matching walks it only from the characters where a name can start.
import { isUpper, normalizeLabel } from './normalize';
import type { GlossaryEntry, GlossaryPack } from './pack-schema';

export interface Terminal {
  entryId: string;
  /** For acronyms: the exact form the text must show (case kept, separators as single spaces). */
  exact: string | null;
  /** Whether an all-lower-case occurrence counts (only for labels written in lower case). */
  lowercaseOk: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: Terminal[] | null;
}

export interface TermIndex {
  root: TrieNode;
  entries: ReadonlyMap<string, GlossaryEntry>;
  /** Normalised labels that may occur in lower case (they start with a lower-case letter). */
  lowercaseLabels: string[];
  /** Indonesian-style clitics that may follow a name (-nya, -lah…), for the page language. */
  clitics: readonly string[];
  labelCount: number;
}

const node = (): TrieNode => ({ next: new Map(), terminals: null });

/** Separators collapsed to single spaces, case kept: the form an acronym must show. */
export function exactForm(label: string): string {
  return label.trim().replace(/[\s\u00a0\u2010-\u2014\u2212-]+/gu, ' ');
}

export function buildTermIndex(pack: GlossaryPack, clitics: readonly string[] = []): TermIndex {
  const root = node();
  const lowercase = new Set<string>();
  let labelCount = 0;
  const add = (label: string, terminal: Terminal) => {
    const key = normalizeLabel(label);
    if (!key) return;
    let at = root;
    for (const ch of key) {
      let child = at.next.get(ch);
      if (!child) {
        child = node();
        at.next.set(ch, child);
      }
      at = child;
    }
    at.terminals ??= [];
    if (!at.terminals.some((t) => t.entryId === terminal.entryId && t.exact === terminal.exact)) {
      at.terminals.push(terminal);
      labelCount++;
    }
    if (terminal.lowercaseOk) lowercase.add(key);
  };
  for (const entry of pack.entries) {
    // Every language's labels: a name written in the other language still leads to its card.
    for (const labels of Object.values(entry.labels)) {
      for (const name of [labels.name, ...labels.aliases]) {
        const first = name.codePointAt(0) ?? 0;
        add(name, { entryId: entry.id, exact: null, lowercaseOk: !isUpper(first) && !/\p{Lu}/u.test(name) });
      }
      for (const acronym of labels.acronyms) add(acronym, { entryId: entry.id, exact: exactForm(acronym), lowercaseOk: false });
    }
  }
  return {
    root,
    entries: new Map(pack.entries.map((e) => [e.id, e])),
    lowercaseLabels: [...lowercase],
    clitics,
    labelCount,
  };
}
