import { describe, expect, it } from 'vitest';
import {
  bioSpans,
  detokenise,
  emptyTally,
  kindType,
  overlaps,
  parseBio,
  parseTagged,
  strictMatch,
  tallyArticle,
  toArticles,
} from '../../tools/score/name-score';

describe('name score: detokenisation', () => {
  it('puts no space before closing punctuation or after opening brackets and quotes', () => {
    const tokens = ['Ia', 'tinggal', 'di', '(', 'Jakarta', ')', ',', 'kata', '"', 'Budi', '"', '.'];
    expect(detokenise(tokens).text).toBe('Ia tinggal di (Jakarta), kata "Budi".');
  });

  it('joins hyphenated and slashed tokens', () => {
    expect(detokenise(['sumber', '-', 'sumber', 'air', 'km', '/', 'jam']).text).toBe(
      'sumber-sumber air km/jam',
    );
  });

  it('keeps each token at its offsets', () => {
    const tokens = ['Presiden', 'Joko', 'Widodo', '(', 'Jokowi', ')', 'di', 'Jawa', '-', 'Barat', '.'];
    const { text, offsets } = detokenise(tokens);
    tokens.forEach((t, i) => {
      const [s, e] = offsets[i] as [number, number];
      expect(text.slice(s, e)).toBe(t);
    });
  });
});

describe('name score: BIO', () => {
  it('reads token-tag lines, sentences and document starts', () => {
    const s = parseBio('-DOCSTART-\tO\n\nJoko\tB-PERSON\nWidodo\tI-PERSON\n.\tO\n\nDi\tO\nBali\tB-PLACE\n');
    expect(s).toHaveLength(2);
    expect(s[0]).toMatchObject({ tokens: ['Joko', 'Widodo', '.'], docStart: true });
    expect(s[1]?.docStart).toBeUndefined();
  });

  it('turns tags into spans, an I- without a B- starting one', () => {
    expect(bioSpans(['B-PERSON', 'I-PERSON', 'O', 'I-PLACE', 'B-PLACE', 'I-ORGANISATION'])).toEqual([
      { type: 'PERSON', first: 0, last: 1 },
      { type: 'PLACE', first: 3, last: 3 },
      { type: 'PLACE', first: 4, last: 4 },
      { type: 'ORGANISATION', first: 5, last: 5 },
    ]);
  });

  it('gives mentions character spans in their sentence, sentences grouped into articles', () => {
    const s = parseBio('Di\tO\nKota\tB-PLACE\nBandung\tI-PLACE\n,\tO\nhujan\tO\n\nA\tO\n\nB\tO\n');
    const articles = toArticles(s, 2);
    expect(articles.map((a) => a.blocks.length)).toEqual([2, 1]);
    const m = articles[0]?.mentions[0];
    expect(m).toMatchObject({
      type: 'PLACE',
      block: 0,
      start: 3,
      end: 15,
      lastTokenStart: 8,
      text: 'Kota Bandung',
    });
  });
});

describe('name score: overlap rules', () => {
  const m = { type: 'PLACE', block: 0, start: 10, end: 20, lastTokenStart: 15, text: '' };
  it('is lenient on any character in common, in the same block', () => {
    expect(overlaps({ block: 0, start: 15, end: 25 }, m)).toBe(true);
    expect(overlaps({ block: 0, start: 20, end: 25 }, m)).toBe(false);
    expect(overlaps({ block: 1, start: 10, end: 20 }, m)).toBe(false);
  });
  it('is strict on the same start, all tokens, nothing past the end (a clitic may stay out)', () => {
    expect(strictMatch({ block: 0, start: 10, end: 20 }, m)).toBe(true);
    expect(strictMatch({ block: 0, start: 10, end: 18 }, m)).toBe(true);
    expect(strictMatch({ block: 0, start: 10, end: 14 }, m)).toBe(false);
    expect(strictMatch({ block: 0, start: 10, end: 22 }, m)).toBe(false);
    expect(strictMatch({ block: 0, start: 11, end: 20 }, m)).toBe(false);
  });
  it('maps card kinds to gold types', () => {
    expect(kindType('country')).toBe('PLACE');
    expect(kindType('person')).toBe('PERSON');
    expect(kindType('acronym', 'Corruption Eradication Commission (KPK)')).toBe('ORGANISATION');
    expect(kindType('acronym', 'Civil servant (PNS)')).toBeNull();
    expect(kindType('event')).toBeNull();
  });
});

describe('name score: tally', () => {
  it('counts cards, kinds and marks on no name', () => {
    const [article] = toArticles(
      parseBio('Joko\tB-PERSON\nWidodo\tI-PERSON\nke\tO\nBali\tB-PLACE\nSenin\tO\n'),
    );
    if (!article) throw new Error('no article');
    const tally = emptyTally();
    const ann = (start: number, end: number, entryId: string | null) => ({
      block: 0,
      start,
      end,
      entryId,
      text: article.blocks[0]?.slice(start, end) ?? '',
    });
    tallyArticle(
      tally,
      article,
      [ann(0, 11, 'person-jokowi'), ann(15, 19, 'x'), ann(20, 25, null)],
      [
        { source: 'pack', kind: 'person', type: 'PERSON', entryId: 'person-jokowi' },
        { source: 'pack', kind: 'concept', type: null, entryId: 'x' },
        null,
      ],
    );
    expect(tally.types.PERSON).toMatchObject({ gold: 1, cardStrict: 1, kindMatch: 1 });
    expect(tally.types.PLACE).toMatchObject({ gold: 1, cardStrict: 1, packCard: 1, kindMatch: 0 });
    expect(tally.marks.unknown).toMatchObject({ total: 1, nonName: 1 });
    expect(tally.nonName[0]?.text).toBe('Senin');
  });
});

describe('name score: inline-tagged articles', () => {
  it('gives the text without markup, a block a paragraph, and each mention’s span and type', () => {
    const a = parseTagged(
      'Ketua [[ORGANISATION|MPR]] [[PERSON|Zulkifli Hasan]] datang.\n\nIa ke [[PLACE|Jakarta Pusat]] menonton [[OTHER|Piala Dunia]].\n',
    );
    expect(a.blocks).toEqual([
      'Ketua MPR Zulkifli Hasan datang.',
      'Ia ke Jakarta Pusat menonton Piala Dunia.',
    ]);
    expect(a.mentions.map((m) => [m.type, m.block, a.blocks[m.block]?.slice(m.start, m.end)])).toEqual([
      ['ORGANISATION', 0, 'MPR'],
      ['PERSON', 0, 'Zulkifli Hasan'],
      ['PLACE', 1, 'Jakarta Pusat'],
      ['OTHER', 1, 'Piala Dunia'],
    ]);
    expect(a.mentions[1]?.lastTokenStart).toBe('Ketua MPR Zulkifli '.length);
  });

  it('refuses a tag left open', () => {
    expect(() => parseTagged('Ia bertemu [[PERSON|Budi di pasar.')).toThrow(/unclosed/);
  });
});
