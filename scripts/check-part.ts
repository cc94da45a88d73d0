// Checks one source part of a glossary pack (assets/glossaries/src/<part>.json: a JSON array of
// entries) against the pack schema, and reports label collisions with common words.
//   npx tsx scripts/check-part.ts assets/glossaries/src/<part>.json
import { readFileSync } from 'node:fs';
import { validatePack } from '../src/core/glossary/pack-schema';
import { commonWordCollisions } from './lib/glossary-checks';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/check-part.ts assets/glossaries/src/<part>.json');
  process.exit(2);
}
const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
const result = validatePack(
  {
    format: 'lentera-glossary',
    version: 1,
    id: 'part',
    languages: ['id', 'en'],
    name: { en: 'part' },
    updated: '2026-11-25',
    entries,
  },
  50,
);
if (!result.ok) {
  for (const e of result.errors) console.error(`${e.path}: ${e.message}`);
  process.exit(1);
}
const collisions = commonWordCollisions(result.pack.entries);
for (const c of collisions) console.error(`collision: ${c}`);
console.log(
  `${file}: ${result.pack.entries.length} entries valid; ${collisions.length} common-word collisions`,
);
if (collisions.length > 0) process.exit(1);
