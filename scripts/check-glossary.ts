// Checks a glossary pack file: schema, unique ids, both languages, common-word collisions,
// labels shared by two entries.   npx tsx scripts/check-glossary.ts [pack.json]
import { readFileSync } from 'node:fs';
import { checkPack } from './lib/glossary-checks';

const file = process.argv[2] ?? 'assets/glossaries/id-en-news.json';
const report = checkPack(JSON.parse(readFileSync(file, 'utf8')));
for (const line of report.problems) console.error(line);
console.log(`${file}: ${report.summary}`);
if (report.problems.length > 0) process.exit(1);
