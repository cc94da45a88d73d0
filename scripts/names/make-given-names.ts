// Writes assets/names/given-names.json (GENERATED; see scripts/lib/given-names.ts):
//   npx tsx scripts/names/make-given-names.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIVEN_NAMES_FILE } from '../../src/core/names/given-names';
import { givenNamesText } from '../lib/given-names';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', GIVEN_NAMES_FILE);
const text = givenNamesText();
writeFileSync(file, text);
console.log(`${file}: ${(JSON.parse(text) as { names: string[] }).names.length} names, ${text.length} bytes`);
