// Checks of glossary packs beyond their schema.
import { normalizeLabel } from '../../src/core/glossary/normalize';
import { type GlossaryEntry, validatePack } from '../../src/core/glossary/pack-schema';
import { descriptors } from '../../src/core/languages/registry';
import { stopwordsOf } from './language-data';

/** The stop words of every registered language with language data (Indonesian and English). */
const COMMON = new Set(descriptors.flatMap(stopwordsOf).map((w) => w.toLowerCase()));

/**
 * Names and aliases (matched case-insensitively) that are also stop words of a language with
 * language data (Indonesian, English): they would light up ordinary text. Acronyms are matched case-sensitively and exempt.
 */
export function commonWordCollisions(entries: readonly GlossaryEntry[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    for (const [lang, labels] of Object.entries(entry.labels)) {
      for (const label of [labels.name, ...labels.aliases]) {
        const lower = label.toLowerCase();
        if (COMMON.has(lower)) out.push(`${entry.id} ${lang} "${label}" is a common word`);
      }
    }
  }
  return out;
}

/** Labels that lead to more than one entry (an acronym and a name count apart: case differs). */
export function sharedLabels(entries: readonly GlossaryEntry[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const labels of Object.values(entry.labels)) {
      for (const name of [labels.name, ...labels.aliases])
        add(owners, `name:${normalizeLabel(name)}`, entry.id);
      for (const acronym of labels.acronyms) add(owners, `acronym:${acronym}`, entry.id);
    }
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(([label, ids]) => `${label} → ${[...ids].join(', ')}`);
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}

export interface PackReport {
  problems: string[];
  summary: string;
}

/** Validation, then the checks: every problem is a line naming the entry and the label. */
export function checkPack(raw: unknown): PackReport {
  const result = validatePack(raw, 50);
  if (!result.ok)
    return { problems: result.errors.map((e) => `${e.path}: ${e.message}`), summary: 'invalid pack' };
  const { entries } = result.pack;
  const problems = [
    ...commonWordCollisions(entries),
    ...sharedLabels(entries).map((s) => `shared label ${s}`),
  ];
  const kinds = new Map<string, number>();
  for (const e of entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  const summary = `${entries.length} entries (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}); ${problems.length} problems`;
  return { problems, summary };
}
