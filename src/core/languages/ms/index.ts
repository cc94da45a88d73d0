// Malay (the standard of Malaysia, Brunei and Singapore): Lentera has no lexicon or language data
// for it, but must tell it from Indonesian, which trigram detectors mix it up with.
import type { LanguageDescriptor } from '../descriptor';

export const malay: LanguageDescriptor = {
  code: 'ms',
  name: 'Malay',
  macrolanguage: 'ms',
  // As for Indonesian: the words are as long.
  readingWordsPerMinute: 180,
  // Malay has the clitics of Indonesian (-nya, -lah, ku-…), but nothing in Lentera takes Malay
  // words apart yet (no lexicon, no language data): they are not listed until something reads them.
  clitics: { proclitics: [], enclitics: [] },
  // Frequent news words that standard Indonesian spells or says differently (bahawa/bahwa,
  // tentera/tentara, kerana/karena).
  distinctFrom: {
    language: 'id',
    words: [
      'boleh',
      'kerana',
      'sahaja',
      'wang',
      'kerajaan',
      'ialah',
      'iaitu',
      'semasa',
      'pejabat',
      'polis',
      'hospital',
      'ringgit',
      'selepas',
      'manakala',
      'mahupun',
      'bahawa',
      'tentera',
      'berjaya',
      'berlaku',
      'berbeza',
      'mesti',
      'kereta',
      'percuma',
      'ogos',
      'julai',
      'disember',
      'kualiti',
      'aktiviti',
      'universiti',
      'komuniti',
      'menerusi',
    ],
  },
  cleaning: {
    relatedLinkLeads: [],
    adMarkerLines: [],
    bylineLeads: [],
    noiseClassWords: [],
    labelClassWords: [],
    classPlaceWords: [],
    creditLeads: [],
    photoCreditLeads: [],
    referenceHeadings: [],
    bioCopulas: [],
    bioRoles: [],
  },
};
