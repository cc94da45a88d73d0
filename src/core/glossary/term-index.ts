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
  /** Children by the UTF-16 code unit of the folded character. */
  next: Map<number, TrieNode>;
  terminals: Terminal[] | null;
}

/** A compressed trie node: edges carry whole runs of characters where the trie does not branch. */
export interface RadixNode {
  edges: Map<number, RadixEdge> | null;
  terminals: Terminal[] | null;
}

export interface RadixEdge {
  /** Folded code units, the first being the edge's key. */
  seg: string;
  node: RadixNode;
}

export interface TermIndex {
  root: RadixNode;
  entries: ReadonlyMap<string, GlossaryEntry>;
  /**
   * Where a label starting with a lower-case letter may be found by indexOf: normalised labels
   * that may occur in lower case, and labels with inner capitals ("iPhone") as written.
   */
  lowercaseLabels: string[];
  /** Indonesian-style clitics that may follow a name (-nya, -lah…), for the page language. */
  clitics: readonly string[];
  /**
   * A filter of the first words of all labels (a bitmap of their hashes, see `wordHash`): the scan
   * walks the trie only where the word under it may begin a label.
   */
  firstWords: Uint8Array;
  labelCount: number;
}

export const FIRST_WORD_SLOTS = 1 << 17;
export const FNV_OFFSET = 0x811c9dc5;

/** One step of the FNV-1a hash of a word's folded code units. */
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** Whether a folded code unit belongs to a word (letters, digits, marks; the apostrophe ends one). */
export function isWordUnit(unit: number): boolean {
  if (unit < 128) return (unit >= 48 && unit <= 57) || (unit >= 97 && unit <= 122);
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(unit));
}

/** The hash of a normalised label's first word: its leading run of word units. */
export function firstWordHash(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    if (!isWordUnit(unit)) break;
    hash = hashStep(hash, unit);
  }
  return hash;
}

const node = (): TrieNode => ({ next: new Map(), terminals: null });

/** Separators collapsed to single spaces, case kept: the form an acronym must show. */
export function exactForm(label: string): string {
  return label.trim().replace(/[\s\u00a0\u2010-\u2014\u2212-]+/gu, ' ');
}

export function buildTermIndex(pack: GlossaryPack, clitics: readonly string[] = []): TermIndex {
  const root = node();
  const lowercase = new Set<string>();
  const firstWords = new Uint8Array(FIRST_WORD_SLOTS);
  let labelCount = 0;
  const add = (label: string, terminal: Terminal) => {
    const key = normalizeLabel(label);
    if (!key) return;
    firstWords[firstWordHash(key) & (FIRST_WORD_SLOTS - 1)] = 1;
    let at = root;
    for (let i = 0; i < key.length; i++) {
      const ch = key.charCodeAt(i);
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
    // Labels that start with a digit (9/11, 3M Plus) are found by the scan, which stops at digits.
    if (terminal.lowercaseOk && !/^\d/.test(key)) lowercase.add(key);
    // One that starts in lower case with capitals inside ("iPhone", "eKTP") is found as written.
    else if (terminal.exact === null && !isUpper(label.codePointAt(0) ?? 0) && /^\p{Ll}/u.test(label))
      lowercase.add(exactForm(label));
  };
  for (const entry of pack.entries) {
    // Every language's labels: a name written in the other language still leads to its card.
    for (const labels of Object.values(entry.labels)) {
      for (const name of [labels.name, ...labels.aliases]) {
        const first = name.codePointAt(0) ?? 0;
        add(name, { entryId: entry.id, exact: null, lowercaseOk: !isUpper(first) && !/\p{Lu}/u.test(name) });
      }
      for (const acronym of labels.acronyms)
        add(acronym, { entryId: entry.id, exact: exactForm(acronym), lowercaseOk: false });
    }
  }
  return {
    root: compress(root),
    entries: new Map(pack.entries.map((e) => [e.id, e])),
    lowercaseLabels: [...lowercase],
    clitics,
    firstWords,
    labelCount,
  };
}

/** Compresses chains of single-child nodes into edges, so a walk compares characters, not maps. */
function compress(trie: TrieNode): RadixNode {
  const out: RadixNode = { edges: null, terminals: trie.terminals };
  for (const [key, child] of trie.next) {
    let seg = String.fromCharCode(key);
    let at = child;
    while (at.terminals === null && at.next.size === 1) {
      const [[k, only]] = at.next as Map<number, TrieNode> as unknown as [[number, TrieNode]];
      seg += String.fromCharCode(k);
      at = only;
    }
    out.edges ??= new Map();
    out.edges.set(key, { seg, node: compress(at) });
  }
  return out;
}
