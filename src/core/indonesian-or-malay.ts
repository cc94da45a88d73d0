// Indonesian and Malay share a root and most of their words; detectors mix them up.

// Words that tell the standard Indonesian of news from standard Malay (Malaysia's): the same
// root language, different spelling and vocabulary. Each list holds frequent news words that the
// other standard spells or says differently (bahwa/bahawa, tentara/tentera, karena/kerana).
const INDONESIAN = new Set([
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
]);
const MALAY = new Set([
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
]);

/** Counts words that only one of the two standards uses. Positive: Indonesian. */
export function indonesianOverMalay(text: string): number {
  let score = 0;
  for (const raw of text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .slice(0, 5000)) {
    if (INDONESIAN.has(raw)) score++;
    else if (MALAY.has(raw)) score--;
  }
  return score;
}
