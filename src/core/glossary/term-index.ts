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
  /** The languages whose labels of the entry have this one (bits of `TermIndex.languages`). */
  langs: number;
  /**
   * Language-neutral: every language of an entry with several has it (NATO, Mali, Vladimir
   * Putin), so it counts on a page in any language, one no pack covers too.
   */
  shared: boolean;
  /**
   * A name of several words: on a page in a language the pack covers it counts whatever its
   * language (an English name quoted in an Indonesian article is still that entity). A word of
   * one language ("Swiss", Indonesian for Switzerland) may be a different word of another (the
   * English adjective), and an acronym ("AS", "UN") an ordinary word or another name.
   */
  multiword: boolean;
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
  /** The languages of the labels, in the order of their bits in `Terminal.langs`. */
  languages: readonly string[];
}

/** Accept every label, whatever its language (a scan given no page language). */
export const ANY_LANGUAGE = -1;

/**
 * The language bits a page in `lang` accepts: its own bit, 0 for a language no label has (only
 * shared labels count), `ANY_LANGUAGE` when no language is given.
 */
export function languageMask(index: TermIndex, lang: string | undefined): number {
  if (lang === undefined) return ANY_LANGUAGE;
  const bit = index.languages.indexOf(lang);
  return bit >= 0 && bit < 31 ? 1 << bit : 0;
}

/** Whether a terminal counts on a page whose language has the bits `mask`. */
export function inLanguage(t: Terminal, mask: number): boolean {
  if (mask === ANY_LANGUAGE || t.shared) return true;
  return mask !== 0 && ((t.langs & mask) !== 0 || t.multiword);
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
  const add = (label: string, key: string, terminal: Terminal) => {
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
    const same = at.terminals.find((t) => t.entryId === terminal.entryId && t.exact === terminal.exact);
    if (same) {
      same.langs |= terminal.langs;
      same.shared ||= terminal.shared;
    } else {
      at.terminals.push(terminal);
      labelCount++;
    }
    // Labels that start with a digit (9/11, 3M Plus) are found by the scan, which stops at digits.
    if (terminal.lowercaseOk && !/^\d/.test(key)) lowercase.add(key);
    // One whose first word starts in lower case with capitals inside ("iPhone", "eKTP", "macOS")
    // is found by that word as written. (Names after a lower-case particle, "al-Qaida", "von der
    // Leyen", are not looked for: each key costs a pass of indexOf over the text.)
    else if (terminal.exact === null) {
      const first = /^\p{Ll}[\p{L}\p{N}]*/u.exec(label.trim())?.[0];
      if (first && /\p{Lu}/u.test(first)) lowercase.add(first);
    }
  };
  const languages: string[] = [];
  const bitOf = (lang: string) => {
    let at = languages.indexOf(lang);
    if (at < 0) at = languages.push(lang) - 1;
    return at < 31 ? 1 << at : 0;
  };
  for (const entry of pack.entries) {
    // Every language's labels, each knowing its languages: which count depends on the page's.
    const labelSets = Object.entries(entry.labels);
    const langsOf = new Map<string, number>();
    const keys = new Map<string, string>();
    let all = 0;
    for (const [lang, labels] of labelSets) {
      const bit = bitOf(lang);
      all |= bit;
      for (const label of [labels.name, ...labels.aliases, ...labels.acronyms]) {
        let key = keys.get(label);
        if (key === undefined) {
          key = normalizeLabel(label);
          keys.set(label, key);
        }
        langsOf.set(key, (langsOf.get(key) ?? 0) | bit);
      }
    }
    const terminal = (key: string, exact: string | null, lowercaseOk: boolean): Terminal => {
      const langs = langsOf.get(key) ?? 0;
      return {
        entryId: entry.id,
        exact,
        lowercaseOk,
        langs,
        shared: labelSets.length > 1 && langs === all,
        multiword: exact === null && key.includes(' '),
      };
    };
    for (const [, labels] of labelSets) {
      for (const name of [labels.name, ...labels.aliases]) {
        const first = name.codePointAt(0) ?? 0;
        const key = keys.get(name) ?? '';
        add(name, key, terminal(key, null, !isUpper(first) && !/\p{Lu}/u.test(name)));
      }
      for (const acronym of labels.acronyms) {
        const key = keys.get(acronym) ?? '';
        add(acronym, key, terminal(key, exactForm(acronym), false));
      }
    }
  }
  return {
    root: compress(root),
    entries: new Map(pack.entries.map((e) => [e.id, e])),
    lowercaseLabels: [...lowercase],
    clitics,
    firstWords,
    labelCount,
    languages,
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
