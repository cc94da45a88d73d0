// Generates the countries-and-capitals part of the news glossary:
//   assets/glossaries/src/countries.json  (a JSON array of glossary entries)
// One entry per ISO 3166-1 country or territory (id "country-<alpha2>", kind "country") and one
// per capital city of a sovereign country (id "capital-<alpha2>", kind "place").
//
// Sources: i18n-iso-countries (MIT; Indonesian and English names and aliases),
// @rapideditor/country-coder (ISC; Wikidata ids, UN M49 regions, membership of territories),
// Intl.DisplayNames (Unicode CLDR; further name variants), and the hand-written tables in
// assets/glossaries/hand/ (region names, capitals, Indonesian news forms, short facts,
// memberships), read and checked by countries-hand.ts.
//   npx tsx scripts/glossary/make-countries.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from '@rapideditor/country-coder';
import countries from 'i18n-iso-countries';
import { normalizeLabel } from '../../src/core/glossary/normalize';
import type { GlossaryEntry } from '../../src/core/glossary/pack-schema';
import { exactForm } from '../../src/core/glossary/term-index';
import { type CountryHand, loadCountriesHand, type Pair } from './countries-hand';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outFile = join(root, 'assets', 'glossaries', 'src', 'countries.json');
const handDir = join(root, 'assets', 'glossaries', 'hand');
const require = createRequire(import.meta.url);

type Lang = 'en' | 'id';

// ---------------------------------------------------------------------------------------------
// Hand-written data: assets/glossaries/hand/ (region names, capitals, Indonesian news forms,
// short facts, memberships, and the date they were last checked)
// ---------------------------------------------------------------------------------------------

const {
  AS_OF,
  REGIONS,
  HOME_REGION,
  SOVEREIGNS,
  ASEAN,
  G20,
  EU,
  UN_OBSERVERS,
  CITY_STATES,
  WITH_THE,
  COUNTRY,
  CAPITAL,
} = loadCountriesHand(handDir);

// ---------------------------------------------------------------------------------------------
// Package data
// ---------------------------------------------------------------------------------------------

countries.registerLocale(require('i18n-iso-countries/langs/id.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const displayNames = {
  en: [
    new Intl.DisplayNames(['en'], { type: 'region' }),
    new Intl.DisplayNames(['en'], { type: 'region', style: 'short' }),
  ],
  id: [
    new Intl.DisplayNames(['id'], { type: 'region' }),
    new Intl.DisplayNames(['id'], { type: 'region', style: 'short' }),
  ],
};

const split = (s: string | undefined): string[] =>
  (s ?? '')
    .split('|')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

/** An all-capital short form (UK, USA, U.S.): an acronym, matched case-sensitively. */
const isAcronym = (s: string): boolean => /^[A-Z][A-Z.]{1,6}$/.test(s);

/** Package forms not fit to be a label: inverted ("Korea, Republic of"), bracketed, "X - Y". */
function unfit(s: string): boolean {
  return /, /.test(s) || /[()]/.test(s) || / - /.test(s) || /\bKep\./.test(s);
}

/** Names of a country from the packages, in one language, best first. */
function packageNames(code: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const dn of displayNames[lang]) {
    const name = dn.of(code);
    if (name && name !== code) out.push(name.replace(/’/g, "'"));
  }
  const names = countries.getName(code, lang, { select: 'all' }) ?? [];
  out.push(...names);
  return out;
}

interface Labels {
  name: string;
  aliases: string[];
  acronyms: string[];
}

/** Builds one language's labels: the hand name and aliases first, then package forms. */
function makeLabels(
  what: string,
  hand: string[],
  fromPackages: string[],
  acronyms: string[],
  drop: Set<string>,
): Labels {
  const seen = new Set<string>();
  const names: string[] = [];
  const acr: string[] = [];
  const seenAcr = new Set<string>();
  const addAcr = (a: string) => {
    if (!seenAcr.has(a)) {
      seenAcr.add(a);
      acr.push(a);
    }
  };
  for (const a of acronyms) addAcr(a);
  const consider = (label: string, fromHand: boolean) => {
    if (isAcronym(label)) {
      if (!drop.has(normalizeLabel(label))) addAcr(label);
      return;
    }
    const key = normalizeLabel(label);
    if (!key || seen.has(key)) return;
    if (!fromHand && (unfit(label) || drop.has(key))) return;
    seen.add(key);
    names.push(label);
  };
  for (const h of hand) consider(h, true);
  for (const p of fromPackages) consider(p, false);
  const [name, ...aliases] = names;
  if (!name) throw new Error(`${what}: no name`);
  return { name, aliases, acronyms: acr };
}

function subRegion(code: string): string | null {
  const home = HOME_REGION[code];
  if (home) return home;
  const groups = feature(code)?.properties.groups ?? [];
  for (const g of groups) if (g in REGIONS) return g;
  return null;
}

/** The Wikidata id of a country, from country-coder; for a kingdom's aggregate, its main part. */
function wikidataOf(code: string): string | undefined {
  const props = feature(code)?.properties;
  if (!props) return undefined;
  const kingdom = /^Kingdom of (?:the )?(.+)$/.exec(props.nameEn ?? '');
  if (kingdom && props.members) {
    for (const m of props.members) {
      const member = feature(m)?.properties;
      if (member && member.nameEn === kingdom[1] && !member.iso1A2) return member.wikidata;
    }
  }
  return props.wikidata;
}

/** The sovereign of a dependent territory: the first ISO code among its country-coder groups. */
function sovereignOf(code: string): string | null {
  for (const g of feature(code)?.properties.groups ?? [])
    if (/^[A-Z]{2}$/.test(g) && g !== 'EU' && g !== 'UN') return g;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------------

const codes = Object.keys(countries.getAlpha2Codes()).sort();
const sovereign = new Set([...Object.keys(CAPITAL), ...CITY_STATES]);
const unMembers = new Set([...sovereign].filter((c) => !UN_OBSERVERS.includes(c)));

/** The sentence ended with a full stop, unless it ends with one already ("Washington, D.C."). */
function stop(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function countryGloss(code: string, hand: CountryHand, capitalPlain: Pair | null): Pair {
  if (hand.gloss) return hand.gloss;
  const fact = (lang: 0 | 1) => (hand.fact ? ` ${hand.fact[lang]}` : '');
  const sub = subRegion(code);
  const region = hand.region ?? (sub ? REGIONS[sub] : undefined);
  if (!region) throw new Error(`${code}: no region and no gloss`);
  if (sovereign.has(code)) {
    if (CITY_STATES.includes(code)) {
      return [`A city-state ${region[0]}.${fact(0)}`, `Negara-kota ${region[1]}.${fact(1)}`];
    }
    if (!capitalPlain) throw new Error(`${code}: sovereign without a capital`);
    const cap: Pair = hand.capital ?? [`its capital is ${capitalPlain[0]}`, `ibu kotanya ${capitalPlain[1]}`];
    return [
      `A country ${region[0]}; ${stop(cap[0])}${fact(0)}`,
      `Negara ${region[1]}; ${stop(cap[1])}${fact(1)}`,
    ];
  }
  const sov = sovereignOf(code);
  const sovName = sov ? SOVEREIGNS[sov] : undefined;
  if (!sov || !sovName) throw new Error(`${code}: a territory without a known sovereign`);
  const groups = feature(code)?.properties.groups ?? [];
  if (sov === 'FR' && groups.includes('Q3320166')) {
    return [
      `An overseas region of France ${region[0]}, part of the European Union.${fact(0)}`,
      `Wilayah seberang laut Prancis ${region[1]}, bagian dari Uni Eropa.${fact(1)}`,
    ];
  }
  if (sov === 'CN') throw new Error(`${code}: needs a gloss of its own`);
  return [
    `A territory of ${sovName[0]} ${region[0]}.${fact(0)}`,
    `Wilayah ${sovName[1]} ${region[1]}.${fact(1)}`,
  ];
}

const countryEntries: GlossaryEntry[] = [];
const capitalEntries: GlossaryEntry[] = [];
const countryNames = new Map<string, Pair>();

for (const code of codes) {
  const hand = COUNTRY[code] ?? {};
  const drop = new Set(split(hand.drop).map(normalizeLabel));
  const labels = {
    id: makeLabels(`${code} id`, split(hand.id), packageNames(code, 'id'), split(hand.idAcr), drop),
    en: makeLabels(`${code} en`, split(hand.en), packageNames(code, 'en'), split(hand.enAcr), drop),
  };
  countryNames.set(code, [labels.en.name, labels.id.name]);
  const cap = CAPITAL[code];
  const capitalPlain: Pair | null = cap
    ? (cap.plain ?? [split(cap.en)[0] ?? '', split(cap.id)[0] ?? ''])
    : null;
  const [glossEn, glossId] = countryGloss(code, hand, capitalPlain);
  const tags = ['country'];
  if (ASEAN.includes(code)) tags.push('asean');
  if (G20.includes(code)) tags.push('g20');
  if (EU.includes(code)) tags.push('eu');
  if (unMembers.has(code)) tags.push('un-member');
  const wikidata = wikidataOf(code);
  const entry: GlossaryEntry = {
    id: `country-${code.toLowerCase()}`,
    kind: 'country',
    labels,
    gloss: { id: glossId, en: glossEn },
    ...(wikidata ? { wikidata } : {}),
    wikipedia: { en: hand.wiki?.[0] || labels.en.name, id: hand.wiki?.[1] || labels.id.name },
    asOf: AS_OF,
    tags,
  };
  countryEntries.push(entry);
}

for (const code of Object.keys(CAPITAL).sort()) {
  const cap = CAPITAL[code];
  const country = countryNames.get(code);
  if (!cap || !country) throw new Error(`capital of unknown country ${code}`);
  const none = new Set<string>();
  const labels = {
    id: makeLabels(`capital ${code} id`, split(cap.id), [], [], none),
    en: makeLabels(`capital ${code} en`, split(cap.en), [], [], none),
  };
  const theEn = WITH_THE.includes(code) ? `the ${country[0]}` : country[0];
  const fact = (lang: 0 | 1) => (cap.fact ? ` ${cap.fact[lang]}` : '');
  const gloss: Pair = cap.gloss ?? [
    `The capital of ${theEn}.${fact(0)}`,
    `Ibu kota ${country[1]}.${fact(1)}`,
  ];
  capitalEntries.push({
    id: `capital-${code.toLowerCase()}`,
    kind: 'place',
    labels,
    gloss: { id: gloss[1], en: gloss[0] },
    wikipedia: { en: cap.wiki?.[0] || labels.en.name, id: cap.wiki?.[1] || labels.id.name },
    asOf: AS_OF,
    tags: ['capital'],
  });
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Every name or alias (normalised) and every acronym (exact) must lead to one entry only. */
export function sharedLabels(entries: readonly GlossaryEntry[]): string[] {
  const owners = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    const set = owners.get(key) ?? new Set<string>();
    set.add(id);
    owners.set(key, set);
  };
  for (const e of entries) {
    for (const l of Object.values(e.labels)) {
      for (const n of [l.name, ...l.aliases]) add(`name:${normalizeLabel(n)}`, e.id);
      for (const a of l.acronyms) add(`acronym:${exactForm(a)}`, e.id);
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k} → ${[...ids].join(', ')}`);
}

const problems: string[] = [];
for (const code of Object.keys(COUNTRY))
  if (!codes.includes(code)) problems.push(`hand data for unknown code ${code}`);
for (const code of sovereign) if (!codes.includes(code)) problems.push(`unknown sovereign ${code}`);
// The hand list of UN members against country-coder's: countries (not territories) in the UN group.
for (const code of codes) {
  const p = feature(code)?.properties;
  const ccMember = p?.level === 'country' && (p.groups ?? []).includes('UN');
  if (ccMember !== unMembers.has(code)) problems.push(`${code}: UN membership differs from country-coder`);
}
if (unMembers.size !== 193) problems.push(`${unMembers.size} UN members, expected 193`);
for (const list of [ASEAN, G20, EU])
  for (const c of list) if (!codes.includes(c)) problems.push(`unknown code ${c}`);
for (const code of EU) {
  if (!(feature(code)?.properties.groups ?? []).includes('EU') && code !== 'DK' && code !== 'NL') {
    problems.push(`${code}: not in country-coder's EU group`);
  }
}
for (const [code, region] of Object.entries(HOME_REGION)) {
  const members = feature(code)?.properties.members ?? [];
  if (!members.some((m: string) => (feature(m)?.properties.groups ?? []).includes(region))) {
    problems.push(`${code}: no part of it lies in region ${region}`);
  }
}
const entries = [...countryEntries, ...capitalEntries];
for (const e of entries) {
  for (const lang of ['en', 'id'] as const) {
    const g = e.gloss[lang] ?? '';
    if (g.length > 600) problems.push(`${e.id}: gloss ${lang} too long`);
    if (g !== sentence(g)) problems.push(`${e.id}: gloss ${lang} does not start with a capital`);
  }
}
problems.push(...sharedLabels(entries).map((s) => `shared label ${s}`));
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Output: pretty JSON, 2-space indent; short arrays of strings on one line, as the formatter has it
// ---------------------------------------------------------------------------------------------

const LINE = 110;

function format(value: unknown, indent: string, prefixLength: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (prefixLength + inline.length + 1 <= LINE) return inline;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((v) => `${inner}${format(v, inner, inner.length)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `;
    const lines = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const head = `${inner}${JSON.stringify(k)}: `;
      return `${head}${format(v, inner, head.length)}`;
    });
    return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

writeFileSync(outFile, `${format(entries, '', 0)}\n`);
console.log(
  `${outFile}: ${countryEntries.length} countries and territories (${unMembers.size} UN members), ${capitalEntries.length} capitals`,
);
