// Web addresses in running text (src/core/lexicon/url.ts): their pieces are no words to look up or
// score (scripts/lexicon/tokens.ts leaves them out).
import { describe, expect, it } from 'vitest';
import { tokens } from '../../scripts/lexicon/tokens';
import { addressSpans, inAddress, isAddress } from '../../src/core/lexicon/url';

describe('web addresses', () => {
  it.each([
    'http://www.example.org/mojo/2014/04/a.html',
    'https://example.com:8080',
    'www.example.com',
    'example.com',
    'en.wikipedia.org/wiki/Jakarta',
    'kompas.co.id',
    'name@example.org',
    '/index.html',
  ])('%s is an address', (run) => expect(isAddress(run)).toBe(true));

  it.each(['e.g', 'i.e', 'U.S', 'Node.js', 'and/or', 'vs.the', 'end.Next', 'word'])('%s is none', (run) =>
    expect(isAddress(run)).toBe(false),
  );

  it('finds them in a sentence without the punctuation around them', () => {
    const text = 'An article on (example.com). Read it, then go.';
    expect(addressSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['example.com']);
    expect(inAddress(text, text.indexOf('com'))).toBe(true);
    expect(inAddress(text, text.indexOf('article'))).toBe(false);
  });

  it('the coverage tokens leave their pieces out, unless asked for the old definition', () => {
    const text = 'The article on motherjones.com was read at http://www.example.org/redirect today.';
    const words = tokens(text).map((t) => t.word);
    expect(words).toEqual(['The', 'article', 'on', 'was', 'read', 'at', 'today']);
    expect(tokens(text, { addresses: true }).map((t) => t.word)).toContain('motherjones');
  });
});
