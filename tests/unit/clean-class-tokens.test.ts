// The class rules of the cleaner (src/core/boilerplate.ts) read whole class tokens, not
// substrings of the attribute; and the line rules of the end matter.
import { describe, expect, it } from 'vitest';
import {
  AUTHOR_BIO_LINE,
  CREDIT_LINE,
  LABEL_CLASS,
  NOISE_CLASS,
  REFERENCE_HEADING,
} from '../../src/core/boilerplate';
import { descriptors } from '../../src/core/languages/registry';

describe('class rules read whole tokens', () => {
  it.each<[string, boolean]>([
    ['tags', true],
    ['post-tags', true],
    ['entry-tags', true],
    ['article__tags', true],
    ['article__tags--small', true],
    ['tag-cloud', true],
    ['tags-links', true],
    ['tag-list', true],
    ['field--name-field-tags', true],
    ['related-posts', true],
    ['comments-area', true],
    ['ad-slot-top', true],
    ['ads-300x250', true],
    ['sd-sharing-enabled', true],
    ['iklan-tengah', true],
    ['block--ad-top', false],
    ['block--ad', true],
    ['author__bio', true],
    ['c-bio', true],
    ['about-the-author', true],
    ['mw-references-wrap', false],
    // WordPress's per-post taxonomy classes, on the <article> itself.
    ['post type-post tag-amazon tag-books category-news hentry', false],
    ['tag-comments', false],
    ['category-ads', false],
    ['tag-2024', false],
    ['tagline', false],
    ['stage', false],
    ['share-this-article', false],
    ['biography', false],
    ['field--label-hidden', false],
  ])('noise %j → %s', (attribute, expected) => {
    expect(NOISE_CLASS.test(attribute)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['label', true],
    ['field__label', true],
    ['ad-label', true],
    ['author-box', true],
    ['byline-info', true],
    // Drupal's body field: its label is hidden, above or inline; no label box.
    ['clearfix text-formatted field field--name-body field--label-hidden field__item', false],
    ['field--label-above', false],
    ['field--label-inline', false],
    ['label-hidden', false],
    ['labels-of-the-year-and-more-words', false],
  ])('label %j → %s', (attribute, expected) => {
    expect(LABEL_CLASS.test(attribute)).toBe(expected);
  });
});

describe('end-matter lines', () => {
  it.each<[string, RegExp, boolean]>([
    ['Page editor: Jane Doe', CREDIT_LINE, true],
    ['Editor: Andi Saputra', CREDIT_LINE, true],
    ['(Reporting by Jane Doe; Editing by John Smith)', CREDIT_LINE, true],
    ['Reporting by Jane Doe in London; Editing by John Smith', CREDIT_LINE, true],
    ['This article originally appeared on The Conversation.', CREDIT_LINE, true],
    ['Artikel ini telah tayang di Kompas.com dengan judul "Harga beras naik".', CREDIT_LINE, true],
    ['Editorial boards rarely agree.', CREDIT_LINE, false],
    ['The editor of the paper resigned.', CREDIT_LINE, false],
    ['References', REFERENCE_HEADING, true],
    ['References [edit]', REFERENCE_HEADING, true],
    ['Daftar pustaka', REFERENCE_HEADING, true],
    ['Referensi', REFERENCE_HEADING, true],
    ['References to the past', REFERENCE_HEADING, false],
    ['Jane Doe is a reporter at the Example Times.', AUTHOR_BIO_LINE, true],
    ['Budi Santoso adalah wartawan Koran Contoh.', AUTHOR_BIO_LINE, true],
    ['The minister is a former reporter.', AUTHOR_BIO_LINE, false],
    ['he is a reporter', AUTHOR_BIO_LINE, false],
    ['Jane Doe said the reporter left.', AUTHOR_BIO_LINE, false],
  ])('%j against %s is %s', (text, regex, expected) => {
    expect(regex.test(text)).toBe(expected);
  });

  it('has the new word lists in lower case, without flags', () => {
    for (const d of descriptors) {
      const c = d.cleaning;
      for (const list of [c.classPlaceWords, c.creditLeads, c.referenceHeadings, c.bioCopulas, c.bioRoles])
        for (const w of list) {
          if (typeof w === 'string') expect(w, w).toBe(w.toLowerCase());
          else expect(w.flags, w.source).toBe('');
        }
    }
  });
});
