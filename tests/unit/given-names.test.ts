// The given-name list the profiles use: generated from @faker-js/faker, up to date, and valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { givenNamesText } from '../../scripts/lib/given-names';
import { GIVEN_NAMES_FILE, givenNameSet } from '../../src/core/names/given-names';

const committed = readFileSync(new URL(`../../assets/${GIVEN_NAMES_FILE}`, import.meta.url), 'utf8');

describe('given names', () => {
  it('is the file the script writes (run scripts/names/make-given-names.ts)', () => {
    expect(committed).toBe(givenNamesText());
  });

  it('holds Indonesian and other given names, in lower case, and validates', () => {
    const set = givenNameSet(JSON.parse(committed));
    for (const name of ['budi', 'dewi', 'agnes', 'robert', 'muhammad']) expect(set.has(name)).toBe(true);
    expect(set.size).toBeGreaterThan(10_000);
    expect([...set].every((n) => n === n.toLowerCase())).toBe(true);
  });

  it('gives no cue rather than a wrong one for a file that does not validate', () => {
    expect(givenNameSet({ names: 'robert' }).size).toBe(0);
    expect(givenNameSet(null).size).toBe(0);
  });
});
