// The lexicon build's pure parts (scripts/lexicon), on small inline samples in the FreeDict
// eng-ind dictd layout and the hunspell .dic layout.
import { describe, expect, it } from 'vitest';
import {
  type DictEntry,
  decodeDictdNumber,
  englishIndex,
  expandOptional,
  invert,
  isUsableIndonesian,
  parseDictEntry,
  parseIndex,
  parseTranslationLine,
  resolveLinks,
  sliceEntries,
} from '../../scripts/lexicon/dictd';
import { parseHunspellRoots } from '../../scripts/lexicon/hunspell';
import { applyHandEdits } from '../../scripts/lexicon/merge';

const entry = (text: string): DictEntry => {
  const e = parseDictEntry(text);
  if (!e) throw new Error('expected an entry');
  return e;
};

const OLD = `old //ˈoʊld// /[ˈɒʊ(ɫ)d]/ <adj>
1. tua 2.
of a living being: having lived for relatively many years
 3.
(of an item) used, not new
2. lama, tua
of an object, concept, etc: having existed for a relatively long period of time
`;

const BROTHER = `brother //ˈbɹʌðə(ɹ)// <n>
1. bruder
male fellow member of a religious community
2. saudara 2.
male having parents in common
 3.
peer
3. abang, saudara, [[adik laki-laki]], [[kakak laki-laki]]
male sibling
`;

const DRIVE = `drive //dɹaɪv// <v>
1. [[kemudi|mengemudi(kan)]], mengendalikan
to operate (a wheeled motorized vehicle)
`;

describe('parseDictEntry', () => {
  it('reads the headword and part of speech from the first line, without pronunciations', () => {
    const e = entry('I love you //aɪ ˈlʌv juː// <phraseologicalUnit>\n1. aku suka kamu\n');
    expect(e.headword).toBe('I love you');
    expect(e.pos).toBe('phraseologicalUnit');
    expect(entry('and/or /ˈand ˈɔː/ <conjunction>\ndan/atau\n').headword).toBe('and/or');
  });

  it('splits numbered senses into translations and definitions', () => {
    const e = entry(OLD);
    expect(e.senses.map((s) => s.translations)).toEqual([['tua'], ['lama', 'tua']]);
    expect(e.senses[0]?.definitions).toEqual([
      'of a living being: having lived for relatively many years',
      '(of an item) used, not new',
    ]);
  });

  it('reads numbered senses without definitions', () => {
    const e = entry('bubble //ˈbʌb.əl// <n>\n1. gelembung\n2. buih\nspherically contained volume of air\n');
    expect(e.senses.map((s) => s.translations)).toEqual([['gelembung'], ['buih']]);
  });

  it('drops a trailing sense number glued to the translation line', () => {
    const e = entry(
      'centric /sˈɛntɹɪk/ <adj>\nsentris 2.\nhaving a specified number of centres\n 3.\nhaving a centre\n',
    );
    expect(e.senses).toHaveLength(1);
    expect(e.senses[0]?.translations).toEqual(['sentris']);
    expect(e.senses[0]?.definitions).toEqual(['having a specified number of centres', 'having a centre']);
    expect(entry(BROTHER).senses.map((s) => s.translations)).toEqual([
      ['bruder'],
      ['saudara'],
      ['abang', 'saudara', 'adik laki-laki', 'kakak laki-laki'],
    ]);
  });

  it('reads an unnumbered entry: the first line is the translation line', () => {
    const e = entry('ominous //ˈɒmɪnəs// <adj>\ncekam, gelagat buruk\n');
    expect(e.senses).toEqual([
      { translations: ['cekam', 'gelagat buruk'], positions: [0, 1], definitions: [] },
    ]);
  });

  it('keeps the shown text of [[target|shown]] links and expands optional parts', () => {
    const e = entry(DRIVE);
    expect(e.senses[0]?.translations).toEqual(['mengemudi', 'mengemudikan', 'mengendalikan']);
    // Both forms of mengemudi(kan) share the first place on the line.
    expect(e.senses[0]?.positions).toEqual([0, 0, 1]);
  });

  it('skips affix entries and the database header', () => {
    expect(parseDictEntry('centric /sˈɛntɹɪk/ <suffix>\nsentris 2.\nhaving centres\n')).toBeNull();
    expect(parseDictEntry('anti /ˈænti/ <prefix>\nanti-\nagainst\n')).toBeNull();
    expect(parseDictEntry('-ation //ˈeɪʃən//\nasi\n')).toBeNull();
    expect(parseDictEntry('00-database-url\nhttp://www.wikdict.com/\n')).toBeNull();
  });

  it('keeps a proverb, or a phrase whose commas mirror the headword, as one translation', () => {
    expect(
      entry('the more the merrier /x/ <proverb>\nmakin banyak, makin bagus\n').senses[0]?.translations,
    ).toEqual(['makin banyak, makin bagus']);
    expect(
      entry('I came, I saw, I conquered /x/ <phraseologicalUnit>\nkudatang, kulihat, kutakluk\n').senses[0]
        ?.translations,
    ).toEqual(['kudatang, kulihat, kutakluk']);
  });
});

describe('translation lines', () => {
  it('resolves links with and without a shown text', () => {
    expect(resolveLinks('[[adik laki-laki]], [[kemudi|mengemudi(kan)]]')).toBe(
      'adik laki-laki, mengemudi(kan)',
    );
    expect(resolveLinks('apa sandi WiFi[[-nya]]?')).toBe('apa sandi WiFi-nya?');
  });

  it('expands glued optional parts and drops free-standing notes', () => {
    expect(expandOptional('mengemudi(kan)')).toEqual(['mengemudi', 'mengemudikan']);
    expect(expandOptional('(ber)main')).toEqual(['main', 'bermain']);
    expect(expandOptional('(orang) brengsek')).toEqual(['brengsek']);
    expect(expandOptional('kependekan (dari)')).toEqual(['kependekan']);
  });

  it('splits on commas outside parentheses and removes a leading number', () => {
    expect(parseTranslationLine('kepala, hulu 2.').translations).toEqual(['kepala', 'hulu']);
    expect(parseTranslationLine('').translations).toEqual([]);
  });

  it('tells headwords from sentences and notes', () => {
    expect(isUsableIndonesian('gencatan senjata')).toBe(true);
    expect(isUsableIndonesian('ke-10')).toBe(true);
    expect(isUsableIndonesian('saya perlu ...')).toBe(false);
    expect(isUsableIndonesian('apa kabar?')).toBe(false);
    expect(isUsableIndonesian('2022')).toBe(false);
    expect(isUsableIndonesian('di belakang setiap pria sukses ada')).toBe(false);
    expect(isUsableIndonesian('Aku rasa tidak')).toBe(false);
    expect(isUsableIndonesian('Republik Rakyat Tiongkok', true)).toBe(true);
  });
});

describe('dictd index', () => {
  it('decodes dictd base64 numbers', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('b')).toBe(27);
    expect(decodeDictdNumber('BA')).toBe(64);
    expect(decodeDictdNumber('D7v7')).toBe(3 * 64 ** 3 + 59 * 64 ** 2 + 47 * 64 + 59);
  });

  it('cuts entries by byte offsets (UTF-8) and leaves out the header entries', () => {
    const a = 'header text\n';
    const b = 'old /ˈəʊld/ <adj>\ntua\n';
    const c = 'on //ɒn// <preposition>\natas, di atas\n';
    const bytes = new TextEncoder().encode(a + b + c);
    const len = (s: string) => new TextEncoder().encode(s).length;
    const enc = (n: number) => {
      const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      let out = '';
      do {
        out = digits[n % 64] + out;
        n = Math.floor(n / 64);
      } while (n > 0);
      return out;
    };
    const index = parseIndex(
      [
        `00databaseinfo\t${enc(0)}\t${enc(len(a))}`,
        `old\t${enc(len(a))}\t${enc(len(b))}`,
        `on\t${enc(len(a) + len(b))}\t${enc(len(c))}`,
        '',
      ].join('\n'),
    );
    expect(sliceEntries(index, bytes)).toEqual([b, c]);
  });
});

describe('invert', () => {
  const entries = [
    entry('image /x/ <n>\ngambar\ngraphical representation\n'),
    entry('picture /x/ <n>\n1. film, foto, gambar\n2. gambar\nrepresentation\n'),
    entry('draw /x/ <v>\ngambar, lukis\n'),
    entry('picture book /x/ <n>\ngambar\n'),
    entry('Java /x/ <pn>\nJawa\n'),
    entry('Javanese /x/ <adj>\nJawa\n'),
    entry('Bandung /x/ <pn>\nBandung\n'),
    entry(DRIVE),
    entry('I need ... /x/ <phraseologicalUnit>\nsaya perlu ...\n'),
  ];
  const idEn = invert(entries);

  it('puts headwords that list the word first, in more senses, and single words first', () => {
    expect(idEn.get('gambar')).toEqual(['picture', 'image', 'draw', 'picture book']);
  });

  it('drops proper-noun glosses unless there is nothing else, and lower-cases keys', () => {
    expect(idEn.get('jawa')).toEqual(['Javanese']);
    expect(idEn.get('bandung')).toEqual(['Bandung']);
  });

  it('glosses both forms of an optional part, and skips sentences', () => {
    expect(idEn.get('mengemudi')).toEqual(['drive']);
    expect(idEn.get('mengemudikan')).toEqual(['drive']);
    expect(idEn.has('saya perlu ...')).toBe(false);
  });

  it('keeps at most maxGlosses', () => {
    expect(invert(entries, { maxGlosses: 2 }).get('gambar')).toEqual(['picture', 'image']);
  });
});

describe('englishIndex', () => {
  it('lists translations first sense first, merges entries and lower-cases keys', () => {
    const enId = englishIndex([
      entry(BROTHER),
      entry('US /x/ <pn>\nAmerika Serikat\n'),
      entry('us /x/ <pronoun>\nkami, kita\n'),
    ]);
    expect(enId.get('brother')).toEqual(['bruder', 'saudara', 'abang', 'adik laki-laki', 'kakak laki-laki']);
    expect(enId.get('us')).toEqual(['kami', 'kita', 'Amerika Serikat']);
  });
});

describe('applyHandEdits', () => {
  const derived = new Map([
    ['bisa', ['can', 'venom', 'poison', 'may']],
    ['menteri', ['minister', 'secretary', 'queen']],
    ['agar', ['gelatin', 'so that']],
  ]);
  const merged = applyHandEdits(
    derived,
    {
      extra: { bisa: ['can', 'may', 'able to'], pada: ['at', 'on', 'in'] },
      drop: { menteri: ['Queen'] },
      replace: { agar: ['so that', 'in order to'] },
    },
    4,
  );

  it('puts hand glosses first, deduplicated, within the maximum', () => {
    expect(merged.get('bisa')).toEqual(['can', 'may', 'able to', 'venom']);
    expect(merged.get('pada')).toEqual(['at', 'on', 'in']);
  });

  it('drops and replaces wrong glosses', () => {
    expect(merged.get('menteri')).toEqual(['minister', 'secretary']);
    expect(merged.get('agar')).toEqual(['so that', 'in order to']);
  });

  it('returns the keys sorted', () => {
    expect([...merged.keys()]).toEqual(['agar', 'bisa', 'menteri', 'pada']);
  });
});

describe('parseHunspellRoots', () => {
  it('keeps lower-case stems, hyphenated ones too, and drops names, digits and affixes', () => {
    const dic = '9\naba\naba-aba/a0\nabad/i0\nAllah/Kanlnlo0\nber-\nagentif \nmp3\nabad\nkereta api\n';
    expect(parseHunspellRoots(dic)).toEqual(['aba', 'aba-aba', 'abad', 'agentif']);
  });
});
