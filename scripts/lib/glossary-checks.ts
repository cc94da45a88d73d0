// Checks of glossary packs beyond their schema.
import { createRequire } from 'node:module';
import type { GlossaryEntry } from '../../src/core/glossary/pack-schema';

const require = createRequire(import.meta.url);
const stopwords = require('stopwords-iso') as Record<string, string[]>;
const COMMON = new Set([...(stopwords.id ?? []), ...(stopwords.en ?? [])].map((w) => w.toLowerCase()));

/**
 * Names and aliases (matched case-insensitively) that are also common words of Indonesian or
 * English: they would light up ordinary text. Acronyms are matched case-sensitively and exempt.
 */
export function commonWordCollisions(entries: readonly GlossaryEntry[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    for (const [lang, labels] of Object.entries(entry.labels)) {
      for (const label of [labels.name, ...labels.aliases]) {
        if (COMMON.has(label.toLowerCase())) out.push(`${entry.id} ${lang} "${label}" is a common word`);
      }
    }
  }
  return out;
}
