// Loads the hand-written input of make-countries.ts from assets/glossaries/hand/ (see the README
// there): country-groups.json, countries.json and capitals.json. Each file is checked against its
// shape; a malformed file stops the script with the file and the key at fault.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';

export type Pair = readonly [en: string, id: string];

export interface CountryHand {
  /** English labels: "Name|alias|alias" (an empty name keeps the CLDR name). */
  en?: string;
  /** Indonesian labels, as above. */
  id?: string;
  enAcr?: string;
  idAcr?: string;
  /** Package-derived labels to leave out (ambiguous, wrong, or a common word). */
  drop?: string;
  /** Wikipedia titles where they differ from the name ('' keeps the name). */
  wiki?: Pair;
  /** Replaces "its capital is X" / "ibu kotanya X". */
  capital?: Pair;
  /** Replaces the region phrase. */
  region?: Pair;
  /** A distinctive fact, one short sentence per language. */
  fact?: Pair;
  /** The whole gloss, where the pattern does not fit. */
  gloss?: Pair;
}

export interface CapitalHand {
  /** English labels "Name|alias|…". */
  en: string;
  /** Indonesian labels "Name|alias|…". */
  id: string;
  /** The plain city name for running text, where the label is qualified ("Lima, Peru"). */
  plain?: Pair;
  /** Wikipedia titles where they differ from the name ('' keeps the name). */
  wiki?: Pair;
  fact?: Pair;
  /** The whole gloss, where "the capital of X" does not fit. */
  gloss?: Pair;
}

export interface CountriesHand {
  /** When the facts (memberships, capitals, recent events) were last checked. */
  AS_OF: string;
  /** UN M49 sub-regions, as a phrase that follows "A country …" / "Negara …". */
  REGIONS: Record<string, Pair>;
  /** The M49 sub-region of countries whose country-coder feature is an aggregate without one. */
  HOME_REGION: Record<string, string>;
  /** Sovereign powers of dependent territories, as named in a gloss. */
  SOVEREIGNS: Record<string, Pair>;
  ASEAN: readonly string[];
  G20: readonly string[];
  EU: readonly string[];
  /** Sovereign states that are not UN members but observer states. */
  UN_OBSERVERS: readonly string[];
  /** City-states: the country and its capital are one, so the capital has no entry of its own. */
  CITY_STATES: readonly string[];
  /** Countries named with "the" in running English text. */
  WITH_THE: readonly string[];
  COUNTRY: Record<string, CountryHand>;
  CAPITAL: Record<string, CapitalHand>;
}

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

const text = v.pipe(v.string(), v.nonEmpty('expected a label, got an empty string'));
const pairMessage = 'expected a pair of strings [English, Indonesian]';
const pair = v.strictTuple([v.string(pairMessage), v.string(pairMessage)], pairMessage);
const code = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code (two capitals)'));
const m49 = v.pipe(v.string(), v.regex(/^\d{3}$/, 'expected a three-digit UN M49 code'));
const codes = v.pipe(
  v.array(code),
  v.check((list) => new Set(list).size === list.length, 'a code is listed twice'),
);
/** An object with these fields and no others (a misspelt field is an error, not ignored). */
const fields = <const E extends v.ObjectEntries>(entries: E) =>
  v.strictObject(
    entries,
    `expected an object with the fields ${Object.keys(entries).join(', ')} and no others`,
  );
/** Free-text notes on the file and its tables, for the people who edit it. */
const comments = {
  _comment: v.optional(v.string()),
  _notes: v.optional(v.record(v.string(), v.string())),
};

const countryHand = fields({
  en: v.optional(v.string()),
  id: v.optional(v.string()),
  enAcr: v.optional(v.string()),
  idAcr: v.optional(v.string()),
  drop: v.optional(v.string()),
  wiki: v.optional(pair),
  capital: v.optional(pair),
  region: v.optional(pair),
  fact: v.optional(pair),
  gloss: v.optional(pair),
});

const capitalHand = fields({
  en: text,
  id: text,
  plain: v.optional(pair),
  wiki: v.optional(pair),
  fact: v.optional(pair),
  gloss: v.optional(pair),
});

const groupsFile = fields({
  ...comments,
  asOf: v.pipe(v.string(), v.isoDate('expected a date YYYY-MM-DD')),
  regions: v.record(m49, pair),
  homeRegion: v.record(code, m49),
  sovereigns: v.record(code, pair),
  asean: codes,
  g20: codes,
  eu: codes,
  unObservers: codes,
  cityStates: codes,
  withThe: codes,
});

const countriesFile = fields({
  ...comments,
  states: v.record(code, countryHand),
  outsideUn: v.record(code, countryHand),
  territories: v.record(code, countryHand),
});

const capitalsFile = fields({
  ...comments,
  capitals: v.record(code, capitalHand),
});

/** Reads and checks one JSON file; throws with the file and the path of the first bad key. */
function load<const S extends v.GenericSchema>(dir: string, name: string, schema: S): v.InferOutput<S> {
  const file = join(dir, name);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const lines = result.issues.map((issue) => {
      const where = v.getDotPath(issue) ?? '(top level)';
      const got = issue.input === undefined ? 'nothing' : JSON.stringify(issue.input);
      return `  ${where}: ${issue.message} (found ${got.length > 80 ? `${got.slice(0, 77)}...` : got})`;
    });
    throw new Error(`${file}: malformed hand data\n${lines.join('\n')}`);
  }
  return result.output;
}

/** The hand-written tables, as make-countries.ts uses them. */
export function loadCountriesHand(dir: string): CountriesHand {
  const groups = load(dir, 'country-groups.json', groupsFile);
  const countries = load(dir, 'countries.json', countriesFile);
  const capitals = load(dir, 'capitals.json', capitalsFile);

  // The three sections of countries.json make one table, in file order; a code belongs to one only.
  const COUNTRY: Record<string, CountryHand> = {};
  for (const section of ['states', 'outsideUn', 'territories'] as const) {
    for (const [c, hand] of Object.entries(countries[section])) {
      if (c in COUNTRY) {
        throw new Error(
          `${join(dir, 'countries.json')}: ${section}.${c}: the code is in another section too`,
        );
      }
      COUNTRY[c] = hand;
    }
  }

  return {
    AS_OF: groups.asOf,
    REGIONS: groups.regions,
    HOME_REGION: groups.homeRegion,
    SOVEREIGNS: groups.sovereigns,
    ASEAN: groups.asean,
    G20: groups.g20,
    EU: groups.eu,
    UN_OBSERVERS: groups.unObservers,
    CITY_STATES: groups.cityStates,
    WITH_THE: groups.withThe,
    COUNTRY,
    CAPITAL: capitals.capitals,
  };
}
