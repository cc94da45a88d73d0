// Indonesian (Bahasa Indonesia), the language Lentera was made for: the facts of it that the
// extension reads. The stemmer's rule table is data of Indonesian too, but only the background
// runs the stemmer: it lives beside this file (`stem-rules.ts`), imported by the engine.
import type { LanguageDescriptor } from '../descriptor';

export const indonesian: LanguageDescriptor = {
  code: 'id',
  name: 'Indonesian',
  macrolanguage: 'ms',
  // Slower than English's 200: Indonesian words are longer (a conventional figure; learners read
  // slower, and that is what the number is for).
  readingWordsPerMinute: 180,
  clitics: {
    // Proclitic pronouns (kupukul, kaupukul): Sastrawi's rules 41 and 42.
    proclitics: ['ku', 'kau'],
    enclitics: [
      // Possessive pronouns: -nya (his, her, its; the), -ku (my), -mu (your).
      { form: 'nya', kind: 'possessive', afterNames: true },
      { form: 'ku', kind: 'possessive', afterNames: false },
      { form: 'mu', kind: 'possessive', afterNames: false },
      // Particles, outside any possessive (bukunyalah); -tah is literary (apatah).
      { form: 'lah', kind: 'particle', afterNames: true },
      { form: 'kah', kind: 'particle', afterNames: true },
      { form: 'tah', kind: 'particle', afterNames: false },
      { form: 'pun', kind: 'particle', afterNames: true },
    ],
  },
  // Frequent news words that the standard Malay of Malaysia spells or says differently
  // (bahwa/bahawa, tentara/tentera, karena/kerana).
  distinctFrom: {
    language: 'ms',
    words: [
      'bisa',
      'karena',
      'uang',
      'pemerintah',
      'kantor',
      'polisi',
      'rupiah',
      'bahwa',
      'setelah',
      'sesudah',
      'terjadi',
      'tentara',
      'yaitu',
      'berhasil',
      'berbeda',
      'harus',
      'kemarin',
      'mobil',
      'gratis',
      'anggota',
      'agustus',
      'juli',
      'desember',
      'kualitas',
      'aktivitas',
      'universitas',
      'komunitas',
    ],
  },
  cleaning: {
    relatedLinkLeads: [
      'baca juga',
      'baca pula',
      'simak juga',
      'lihat juga',
      'tonton juga',
      'simak',
      'baca',
      'artikel terkait',
      'berita terkait',
    ],
    adMarkerLines: ['iklan', 'advertorial', 'lanjutkan membaca', 'scroll untuk melanjutkan'],
    bylineLeads: ['oleh', 'penulis', 'reporter', 'editor', 'pewarta', 'laporan', 'kontributor'],
    noiseClassWords: ['sosmed', 'terkait', /baca-?juga/, 'iklan', 'topik', 'komentar'],
    labelClassWords: [],
  },
  // List-ending abbreviations (dll., dsb., dst., tsb.) are left out on purpose: see
  // src/core/summary/sentences.ts.
  abbreviations: {
    titles: [
      'Dr',
      'dr',
      'Drs',
      'Dra',
      'Prof',
      'Ir',
      'Hj',
      'KH',
      'St',
      'Tn',
      'Ny',
      'Nn',
      'Pdt',
      'Sdr',
      'Sdri',
      'Bpk',
      'S.Pd',
      'S.Kom',
      'S.Sos',
      'S.Ag',
      'S.Ked',
      'S.Kep',
      'M.Si',
      'M.Sc',
      'M.Pd',
      'M.Hum',
      'M.Kes',
      'Ph.D',
    ],
    anyCase: [
      'dkk',
      'yth',
      'jl',
      'jln',
      'kec',
      'kab',
      'kel',
      'prov',
      'tgl',
      'hlm',
      'rp',
      'vol',
      'sbb',
      'sdr',
      'sdri',
      'bpk',
    ],
  },
  // The hand lists of its language data are in term-words.ts (read by the generator only).
  termData: { file: 'languages/id.json', stopwords: 'id' },
};
