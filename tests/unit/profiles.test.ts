// In-article profiles on the real pack, language data and lexicon: what the article says of the
// names no pack knows, and nothing it does not say.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateBlocks } from '../../src/core/glossary/annotate';
import { languageDataSchema, languageSets } from '../../src/core/glossary/language-data';
import { validatePack } from '../../src/core/glossary/pack-schema';
import { buildTermIndex, type TermIndex } from '../../src/core/glossary/term-index';
import { createLexicon, type Lexicon } from '../../src/core/lexicon/lexicon';
import { givenNameSet } from '../../src/core/names/given-names';
import { PROFILE_LIMITS, type Profile, profileNames } from '../../src/core/names/profiles';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../assets/${path}`, import.meta.url), 'utf8'));
let index: TermIndex;
let sets: ReturnType<typeof languageSets>;
let idEn: Lexicon;
let enId: Lexicon;
let givenNames: ReadonlySet<string>;

beforeAll(() => {
  const pack = validatePack(read('glossaries/id-en-news.json'));
  if (!pack.ok) throw new Error('the bundled pack does not validate');
  const files = ['id', 'en'].map((l) => v.parse(languageDataSchema, read(`languages/${l}.json`)));
  sets = languageSets(files, 'id');
  index = buildTermIndex(pack.pack, sets.clitics);
  idEn = createLexicon(read('lexicon/id-en.json'), read('lexicon/id-roots.json'));
  enId = createLexicon(read('lexicon/en-id.json'));
  givenNames = givenNameSet(read('names/given-names.json'));
});

async function profile(blocks: string[], pageLang = 'id', readerLang = 'en') {
  const found = await annotateBlocks(index, sets, blocks);
  const [toReader, ofPage] = pageLang === 'id' ? [idEn, idEn] : [enId, enId];
  const result = profileNames(blocks, found, {
    gloss: (p) => (pageLang === readerLang ? null : (toReader.glosses(p)?.[0] ?? null)),
    isWord: (w) => ofPage.glosses(w) !== undefined,
    isCommon: (w) => sets.common.has(w),
    entryKind: (entryId: string) => index.entries.get(entryId)?.kind ?? null,
    isGivenName: (w) => givenNames.has(w),
    pageLang,
    readerLang,
  });
  const byName = (name: string): Profile | undefined =>
    Object.values(result.profiles).find((p) => p.name === name);
  const of = (text: string) => result.annotations.find((a) => a.text === text);
  return { ...result, byName, of };
}

describe('in-article profiles', () => {
  it('reads the role before a name, and renders it in the reader’s language', async () => {
    const r = await profile([
      'Kepala Dinas Pendidikan Kota Bandung, Hikmat Ginanjar, menyebut sekolah ditutup.',
    ]);
    expect(r.byName('Hikmat Ginanjar')).toMatchObject({
      kind: 'person',
      role: 'Kepala Dinas Pendidikan Kota Bandung',
      mentions: 1,
    });
    expect(r.byName('Hikmat Ginanjar')?.roleInReader).toMatch(/^head of /);
  });

  it.each([
    [
      'Pelatih Juventus Massimiliano Allegri memuji timnya.',
      'Juventus Massimiliano Allegri',
      'person',
      'coach',
    ],
    ['Banjir melanda Kabupaten Minahasa Selatan pekan lalu.', 'Minahasa Selatan', 'place', 'regency'],
    ['Warga memprotes Koalisi Merah Putih (KMP) kemarin.', 'Koalisi Merah Putih', 'organisation', null],
  ])('%s → %s (%s)', async (text, name, kind, role) => {
    const r = await profile([text]);
    const p = r.byName(name);
    expect(p?.kind).toBe(kind);
    expect(p?.roleInReader ?? null).toBe(role);
  });

  it('links the other forms: a surname, an acronym defined in parentheses, a nickname', async () => {
    const r = await profile([
      'Warga memprotes Koalisi Merah Putih (KMP) dan Aburizal Bakrie yang akrab disapa Ical kemarin.',
      'Kemudian Hikmat Ginanjar hadir. Menurut Ginanjar, KMP dan Ical tidak datang.',
    ]);
    const kmp = r.byName('Koalisi Merah Putih');
    expect(kmp?.forms).toEqual(['KMP']);
    expect(kmp?.mentions).toBe(3);
    expect(r.annotations.filter((a) => a.profile === kmp?.id)).toHaveLength(3);
    expect(r.byName('Aburizal Bakrie')).toMatchObject({ kind: 'person', forms: ['Ical'], mentions: 3 });
    expect(r.of('Ginanjar')?.profile).toBe(r.byName('Hikmat Ginanjar')?.id);
  });

  it('gives a surname of a pack entry’s name the pack’s card: a pack entry always wins', async () => {
    const r = await profile(['Menteri Keuangan Purbaya Yudhi Sadewa hadir. Sadewa menolak berkomentar.']);
    expect(r.of('Sadewa')?.entryId).toBe('person-purbaya-yudhi-sadewa');
    // The role word the name scanner took for a name ("Keuangan") is no longer marked.
    expect(r.of('Keuangan')).toBeUndefined();
    expect(Object.keys(r.profiles)).toEqual([]);
  });

  it('says only what the article says: no role, no kind where there is no cue', async () => {
    const r = await profile(['Kemarin Sukasman Wiryo datang terlambat.']);
    expect(r.byName('Sukasman Wiryo')).toMatchObject({
      role: null,
      kind: null,
      givenName: null,
      mentions: 1,
    });
    expect(r.byName('Sukasman Wiryo')?.sentence).toBe('Kemarin Sukasman Wiryo datang terlambat.');
  });

  it('takes a given name first for a person, and says that is all it knows', async () => {
    const r = await profile(['Kemarin Budi Santoso datang terlambat bersama Abel.']);
    expect(r.byName('Budi Santoso')).toMatchObject({ role: null, kind: 'person', givenName: 'Budi' });
    expect(r.byName('Abel')).toMatchObject({ kind: 'person', givenName: 'Abel' });
  });

  it('gives names listed together the one kind their known members share, and says with whom', async () => {
    const r = await profile(['Band itu dibentuk oleh Heru, Tukiyem, Raymond dan Poniman pada 1997.']);
    expect(r.byName('Tukiyem')).toMatchObject({ kind: 'person', listedWith: 'Heru' });
    expect(r.byName('Poniman')).toMatchObject({ kind: 'person', listedWith: 'Heru' });
    // Mixed kinds in one list give nothing.
    const mixed = await profile(['Yang hadir: Jakarta, Tukiyem dan Robert Thomas.']);
    expect(mixed.byName('Tukiyem')?.listedWith ?? null).toBeNull();
  });

  it.each([
    ['Warga berkumpul di Jalan Robert Wolter Monginsidi kemarin.', 'Robert Wolter Monginsidi', 'place'],
    ['Ia kuliah di Universitas Maria Regina sejak 2001.', 'Maria Regina', 'organisation'],
  ])('a given name is no cue inside a name with a kind word: %s', async (text, name, kind) => {
    const r = await profile([text]);
    const p = Object.values(r.profiles).find((x) => x.name.includes(name));
    // The name is profiled, with the kind its kind word gives, and no given name.
    expect(p).toMatchObject({ kind, givenName: null });
  });

  it('a given name alone is no cue when it is an ordinary word ("Cinta" is "love")', async () => {
    const r = await profile(['Lagu itu berjudul Cinta dan dinyanyikan ulang.']);
    expect(Object.values(r.profiles).filter((p) => p.givenName !== null)).toEqual([]);
  });

  it('keeps what the article says over a given name: a role wins, and the given name is not shown', async () => {
    const r = await profile(['Kepala Desa Suren, Budi Santoso, menolak.']);
    expect(r.byName('Budi Santoso')).toMatchObject({ kind: 'person', givenName: null });
    expect(r.byName('Budi Santoso')?.role).toMatch(/^Kepala Desa/);
  });

  it('does not mark an ordinary word capitalised alone with nothing that makes it a name', async () => {
    const r = await profile(['Tim itu memenangi Piala tahun lalu dan naik ke Liga utama.']);
    expect(r.of('Piala')).toBeUndefined();
    expect(r.of('Liga')).toBeUndefined();
  });

  it('reads English roles and appositions, rendered into Indonesian', async () => {
    const r = await profile(
      ['The deal was signed by Alice Fenwick, the chief executive of the company, on Monday.'],
      'en',
      'id',
    );
    expect(r.byName('Alice Fenwick')?.kind).toBe('person');
    expect(r.byName('Alice Fenwick')?.role).toMatch(/chief executive/);
  });

  it('stays bounded on hostile input: thousands of distinct names, one name repeated 50,000 times', async () => {
    // 3,400 distinct names (letters only, as names are), more than the bound.
    const code = (i: number) =>
      String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + Math.floor(i / 676));
    const many = Array.from(
      { length: 1700 },
      (_, i) => `Kemarin Ra${code(i)} Su${code(i)} dan To${code(i)} Wa${code(i)} datang.`,
    );
    const r = await profile(many);
    expect(Object.keys(r.profiles)).toHaveLength(PROFILE_LIMITS.names);
    // Past the bound, names keep their plain mark.
    expect(r.annotations.filter((a) => a.entryId === null && !a.profile).length).toBeGreaterThanOrEqual(400);
    const timed = async (times: number) => {
      const started = performance.now();
      const result = await profile(['Kemarin Budi Santoso datang. '.repeat(times)]);
      return { result, ms: performance.now() - started };
    };
    const tenth = await timed(5_000);
    const repeated = await timed(50_000);
    expect(repeated.result.byName('Budi Santoso')?.mentions).toBe(50_000);
    // Linear in the mentions: ten times as many cost about ten times as much, not a hundred (a ratio
    // in one run, so that a slow machine passes).
    expect(repeated.ms).toBeLessThan(30 * tenth.ms + 100);
  }, 30_000);
});

describe('kinds a reader can trust', () => {
  it.each([
    ['Suporter PSMS Medan memadati stadion kemarin sore.', 'PSMS Medan', 'organisation'],
    ['Pendukung Nottingham Forest bernyanyi di luar stadion.', 'Nottingham Forest', null],
    ['Ia lulus dari SMA Negeri 8 Jakarta tahun 1999.', 'SMA Negeri 8 Jakarta', 'organisation'],
    [
      'Ia kuliah di Universitas Teknologi Sulawesi Utara.',
      'Universitas Teknologi Sulawesi Utara',
      'organisation',
    ],
    ['Albumnya dirilis oleh Warner Music Indonesia kemarin.', 'Warner Music Indonesia', 'organisation'],
    ['Bandara ini dimiliki oleh PT Kaltim Prima Coal sejak 1990.', 'PT Kaltim Prima Coal', 'organisation'],
    ['Ia lulus dari Sekolah Dasar Daimyo di Fukuoka.', 'Sekolah Dasar Daimyo', 'organisation'],
  ])('a place inside a longer name is not the place: %s', async (text, name, kind) => {
    const r = await profile([text]);
    expect(r.of(name)?.entryId ?? null).toBeNull();
    expect(r.byName(name)?.kind ?? null).toBe(kind);
  });

  it('keeps a pack organisation’s card after a kind word: a pack entry always wins ("Lembaga KPK")', async () => {
    const r = await profile(['Penyidik Lembaga KPK memeriksa saksi kemarin.']);
    expect(r.of('KPK')?.entryId).toBeTruthy();
  });

  it('reads a name’s own kind words in any language: "Streamline Records" in Indonesian, "Universitas Indonesia" in English', async () => {
    const id = await profile(['Ia menandatangani kontrak dengan Streamline Records tahun lalu.']);
    expect(id.byName('Streamline Records')?.kind).toBe('organisation');
    const en = await profile(['She studied at Universitas Pelita Harapan for two years.'], 'en', 'id');
    expect(en.byName('Universitas Pelita Harapan')?.kind).toBe('organisation');
    // A run of marks with a joiner: one organisation, the place inside it no place card.
    const run = await profile(['He taught at the London School of Economics until 2001.'], 'en', 'id');
    expect(run.of('London')).toBeUndefined();
    expect(run.byName('London School of Economics')?.kind).toBe('organisation');
  });

  it.each([
    ['Dia adalah anggota pendiri Partai Sosial Demokratik sejak 2000.', 'Partai Sosial Demokratik'],
    ['Ia mantan Ketua BPD di desa itu.', 'BPD'],
    ['Lagu itu dibawakan ulang oleh The Cure pada 1990.', 'The Cure'],
  ])(
    'a role before an organisation is someone’s in it; English "The" starts a band: %s',
    async (text, name) => {
      const r = await profile([text]);
      expect(r.byName(name)).toMatchObject({ kind: 'organisation', role: null });
    },
  );

  it('marks no role or kind word standing alone: "Kepala Desa", "Kecamatan", "SMA"', async () => {
    const r = await profile([
      'Ia menjadi Kepala Desa lalu pindah ke Kecamatan lain dan mengajar di SMA setempat.',
    ]);
    // A pack may explain them as terms (its entry for "Kepala Desa"), but no name is made of them.
    expect(r.annotations.filter((a) => a.entryId === null)).toEqual([]);
  });

  it('keeps a place and a person side by side apart ("pakar Eurasia David Turtree")', async () => {
    const r = await profile(['Menurut pakar Eurasia David Turtree, aliansi itu lemah.']);
    expect(r.of('Eurasia')?.entryId).toBeTruthy();
    expect(r.of('David Turtree')?.entryId ?? null).toBeNull();
  });

  it('a place that beats another is a club, and so is the one it beats', async () => {
    const r = await profile(['Chicago beat Boston 3-1 on Sunday night at home.'], 'en', 'id');
    for (const name of ['Chicago', 'Boston']) {
      expect(r.of(name)?.entryId ?? null, name).toBeNull();
      expect(r.byName(name)?.kind, name).toBe('organisation');
    }
  });

  it.each<[string, string, string, 'government' | undefined]>([
    ['Washington said on Monday it would impose new tariffs.', 'Washington', 'en', 'government'],
    ['Beijing warned that it would respond.', 'Beijing', 'en', 'government'],
    ['Jakarta menegaskan bantuan akan dikirim pekan depan.', 'Jakarta', 'id', 'government'],
    // Not after a preposition or a title, nor when it does not act.
    ['The sanctions were agreed, diplomats in Washington said.', 'Washington', 'en', undefined],
    ['Presiden Amerika Serikat mengatakan tarif baru berlaku besok.', 'Amerika Serikat', 'id', undefined],
    ['Banjir melanda Jakarta kemarin sore.', 'Jakarta', 'id', undefined],
  ])('a place that speaks or acts stands for its government: %s', async (text, name, lang, actsAs) => {
    const r = await profile([text], lang, lang === 'en' ? 'id' : 'en');
    expect(r.of(name)?.entryId).toBeTruthy();
    expect(r.of(name)?.actsAs).toBe(actsAs);
  });

  it.each<[string, string, string, string]>([
    ['Air dialirkan dari sumber air di desa Suren ke sawah warga.', 'Suren', 'place', 'desa'],
    ['Ia bergabung dengan partai Gerindo pada tahun 1937.', 'Gerindo', 'organisation', 'partai'],
    [
      'Kemarin Rudy Hartono adalah seorang penyanyi dan penulis lagu.',
      'Rudy Hartono',
      'person',
      'penyanyi dan penulis lagu',
    ],
    ['Dulu Sebuku merupakan sebuah pulau kecil yang subur.', 'Sebuku', 'place', 'pulau kecil yang subur'],
  ])('reads what the words around a name say it is: %s', async (text, name, kind, role) => {
    const r = await profile([text]);
    expect(r.byName(name)).toMatchObject({ kind, role });
  });

  it('takes a name that is born, dies or marries for a person', async () => {
    const r = await profile(['Setelah itu Asha Bhosle lahir di Sangli pada tahun 1933.']);
    expect(r.byName('Asha Bhosle')?.kind).toBe('person');
  });

  it('a name no pack knows that speaks is a person; an acronym that speaks is not made one', async () => {
    const r = await profile([
      'Kemarin Rudy Hartono mengatakan anggaran cukup. "Kami siap," kata Budiono Hartanto.',
      'Sementara itu KPKN mengatakan laporan belum lengkap.',
    ]);
    expect(r.byName('Rudy Hartono')?.kind).toBe('person');
    expect(r.byName('Budiono Hartanto')?.kind).toBe('person');
    expect(r.byName('KPKN')?.kind ?? null).toBeNull();
  });
});
