// Merges the hand-made files in assets/lexicon/src/ into a list derived from open data.

export type GlossMap = Map<string, string[]>;

export interface HandEdits {
  /** Hand-written glosses, put before the derived ones (and kept whole: not cut to the maximum). */
  extra?: Record<string, string[]>;
  /** Replaces a word's glosses outright (wrong senses in the open data). */
  replace?: Record<string, string[]>;
  /** Removes single wrong glosses from a word's list, ignoring case. */
  drop?: Record<string, string[]>;
}

/**
 * Applies hand edits to a derived word list: `drop` first, then `extra` in front of what is left
 * (deduplicated ignoring case, cut to `max` but never below the hand-written count), then `replace`.
 * Keys are lower-cased. A word whose list ends up empty is removed. The result is sorted by key.
 */
export function applyHandEdits(derived: GlossMap, edits: HandEdits, max: number): GlossMap {
  const out: GlossMap = new Map([...derived].map(([k, v]) => [k, v.slice()]));
  for (const [word, wrong] of Object.entries(edits.drop ?? {})) {
    const key = word.toLowerCase();
    const bad = new Set(wrong.map((g) => g.toLowerCase()));
    const list = out.get(key);
    if (list)
      out.set(
        key,
        list.filter((g) => !bad.has(g.toLowerCase())),
      );
  }
  for (const [word, hand] of Object.entries(edits.extra ?? {})) {
    const key = word.toLowerCase();
    out.set(key, dedupe([...hand, ...(out.get(key) ?? [])]).slice(0, Math.max(max, hand.length)));
  }
  for (const [word, glosses] of Object.entries(edits.replace ?? {}))
    out.set(word.toLowerCase(), dedupe(glosses));
  for (const [key, list] of out) if (list.length === 0) out.delete(key);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function dedupe(glosses: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const g of glosses) {
    const t = g.trim();
    const k = t.toLowerCase();
    if (t === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}
