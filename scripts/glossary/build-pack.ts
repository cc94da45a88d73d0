// Builds the bundled Indonesian–English news glossary from its source parts:
//   assets/glossaries/src/*.json (arrays of entries)  →  assets/glossaries/id-en-news.json
// The pack is validated, and checked: unique ids, both languages in every entry, no name or alias
// that is a common word of either language, no label that leads to two entries.
//   npx tsx scripts/glossary/build-pack.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossaryEntry } from '../../src/core/glossary/pack-schema';
import { checkPack } from '../lib/glossary-checks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const srcDir = join(root, 'assets', 'glossaries', 'src');
const parts = readdirSync(srcDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const entries = parts.flatMap((f) => JSON.parse(readFileSync(join(srcDir, f), 'utf8')) as GlossaryEntry[]);

const pack = {
  format: 'lentera-glossary',
  version: 1,
  id: 'id-en-news',
  languages: ['id', 'en'],
  name: { en: 'Indonesian–English news glossary', id: 'Glosarium berita Indonesia–Inggris' },
  updated: new Date().toISOString().slice(0, 10),
  sources: [
    { name: 'Lentera contributors (labels, glosses)', licence: 'CC BY 4.0' },
    {
      name: 'i18n-iso-countries (country names in Indonesian and English)',
      licence: 'MIT',
      url: 'https://www.npmjs.com/package/i18n-iso-countries',
    },
    {
      name: '@rapideditor/country-coder (country Wikidata ids, regions)',
      licence: 'ISC',
      url: 'https://www.npmjs.com/package/@rapideditor/country-coder',
    },
    {
      name: 'Unicode CLDR via Intl.DisplayNames (name variants)',
      licence: 'Unicode License v3',
      url: 'https://cldr.unicode.org/',
    },
  ],
  entries,
};

const report = checkPack(pack);
for (const line of report.problems) console.error(line);
writeFileSync(join(root, 'assets', 'glossaries', 'id-en-news.json'), `${JSON.stringify(pack)}\n`);
console.log(`assets/glossaries/id-en-news.json: ${entries.length} entries from ${parts.length} parts`);
console.log(report.summary);
if (report.problems.length > 0) process.exit(1);
