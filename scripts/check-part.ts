// Checks one source part of a glossary pack (assets/glossaries/src/<part>.json: a JSON array of
// entries) as a pack of its own: schema, both languages, common-word collisions, shared labels.
//   npx tsx scripts/check-part.ts assets/glossaries/src/<part>.json
import { readFileSync } from 'node:fs';
import { checkPack } from './lib/glossary-checks';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx scripts/check-part.ts assets/glossaries/src/<part>.json');
  process.exit(2);
}
const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
const report = checkPack({
  format: 'lentera-glossary',
  version: 1,
  id: 'part',
  languages: ['id', 'en'],
  name: { en: 'part' },
  updated: '2026-11-25',
  entries,
});
for (const line of report.problems) console.error(line);
console.log(`${file}: ${report.summary}`);
if (report.problems.length > 0) process.exit(1);
