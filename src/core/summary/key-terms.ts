// The article's key terms for the popup: the glossary entries found, most important first — how
// often the article uses them, with a bonus for the headline's neighbourhood (the first blocks),
// then by first use.
export interface FoundTerm {
  block: number;
  start: number;
  entryId: string | null;
}

export interface KeyTerm {
  entryId: string;
  count: number;
  /** Index of the first annotation of the entry (for scrolling to it). */
  first: number;
}

export function keyTerms(annotations: readonly FoundTerm[], max = 10): KeyTerm[] {
  const byEntry = new Map<string, KeyTerm & { score: number }>();
  annotations.forEach((a, index) => {
    if (!a.entryId) return;
    const lead = a.block < 3 ? 1.5 : 1;
    const seen = byEntry.get(a.entryId);
    if (seen) {
      seen.count++;
      seen.score += lead;
    } else byEntry.set(a.entryId, { entryId: a.entryId, count: 1, first: index, score: lead });
  });
  return [...byEntry.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .slice(0, max)
    .map(({ entryId, count, first }) => ({ entryId, count, first }));
}
