// The contents of assets/names/given-names.json: the given (first) names of every locale of
// @faker-js/faker (MIT) written in Latin letters, lower case, at least three letters. What
// scripts/names/make-given-names.ts writes, and what a unit test checks the committed file against.
import { allLocales } from '@faker-js/faker';
import type { GivenNamesFile } from '../../src/core/names/given-names';

const LATIN = /^\p{Script=Latin}[\p{Script=Latin}'’-]{2,29}$/u;

/** Every string of a faker definition (an array, or groups of arrays such as female / male). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

export function givenNamesText(): string {
  const names = new Set<string>();
  for (const def of Object.values(allLocales)) {
    const person = (def as { person?: { first_name?: unknown } }).person;
    for (const name of stringsOf(person?.first_name)) if (LATIN.test(name)) names.add(name.toLowerCase());
  }
  const out: GivenNamesFile = {
    source: '@faker-js/faker (person.first_name of every locale, Latin script)',
    licence: 'MIT',
    names: [...names].sort(),
  };
  return `${JSON.stringify(out)}\n`;
}
