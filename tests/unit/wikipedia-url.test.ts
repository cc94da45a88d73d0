// The card's Wikipedia links are made from a pack's titles and a page's names: text that may hold
// a lone surrogate, on which encodeURIComponent throws (and the card would never open).
import { describe, expect, it, vi } from 'vitest';
import { wikipediaSearchUrl, wikipediaUrl } from '../../src/ui/cards/popover';

// The card module reads its labels through the extension's i18n; the links need none of it.
vi.mock('../../src/shared/browser', () => ({ browser: { i18n: { getMessage: () => '' } } }));

describe('Wikipedia links', () => {
  it('encode titles and queries, spaces as underscores in titles', () => {
    expect(wikipediaUrl('id', 'Organisasi Perjanjian Keamanan Kolektif')).toBe(
      'https://id.wikipedia.org/wiki/Organisasi_Perjanjian_Keamanan_Kolektif',
    );
    expect(wikipediaSearchUrl('en', 'a&b <c>')).toBe(
      'https://en.wikipedia.org/w/index.php?search=a%26b%20%3Cc%3E',
    );
  });

  it('never throw on a lone surrogate: it becomes U+FFFD, a pair stays as it is', () => {
    expect(wikipediaUrl('id', 'Jakarta \uD83D x \uDC00')).toBe(
      'https://id.wikipedia.org/wiki/Jakarta_%EF%BF%BD_x_%EF%BF%BD',
    );
    expect(wikipediaSearchUrl('id', '\uD83D\uDE42')).toBe(
      'https://id.wikipedia.org/w/index.php?search=%F0%9F%99%82',
    );
  });
});
