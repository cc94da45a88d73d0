// Huge pages, built in code and served by the fixture server at /generated/<name> (no big files in
// the repository). Each is the shape of a page from issue 16 that once got no answer, or froze the
// extension's own pages while it was read: Indonesian news prose, with the glossary's country
// names in it, in numbers of paragraphs and characters no real article reaches.

const COUNTRIES = ['Kazakhstan', 'Rusia', 'Tiongkok', 'Jepang', 'Malaysia', 'Australia', 'Brasil', 'Kanada'];
const WORDS =
  'pemerintah menyatakan bahwa rencana kerja sama ekonomi akan dibahas lagi dalam pertemuan para menteri pekan depan sementara para pengamat menilai langkah itu penting bagi pertumbuhan kawasan'.split(
    ' ',
  );

/** A deterministic sentence of about `chars` characters (the same page on every request). */
function prose(seed: number, chars: number, countryEvery: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const word =
      i % countryEvery === countryEvery - 1
        ? (COUNTRIES[(seed + i) % COUNTRIES.length] as string)
        : (WORDS[(seed * 7 + i * 3) % WORDS.length] as string);
    out.push(word);
    length += word.length + 1;
    if (i % 12 === 11) out[out.length - 1] += '.';
  }
  const text = out.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${title} | Kabar Uji</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Kabar Uji"></head>
<body><header><nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav></header>
<main><article><h1>${title}</h1>
${body}
</article></main><footer><p>Hak cipta Kabar Uji</p></footer></body></html>`;
}

const paragraphs = (
  count: number,
  chars: number,
  countryEvery: number,
  wrap = (p: string) => `<p>${p}</p>`,
) => Array.from({ length: count }, (_, i) => wrap(prose(i, chars, countryEvery))).join('\n');

/** The five pages of issue 16, by name. */
export const HUGE_PAGES = {
  /** 21,000 short paragraphs. */
  'many-paragraphs': () => page('Dua puluh satu ribu paragraf pendek', paragraphs(21_000, 90, 9)),
  /** 3,100,000 characters in 40 paragraphs. */
  'long-paragraphs': () => page('Empat puluh paragraf yang sangat panjang', paragraphs(40, 77_500, 9)),
  /** 1,000,000 characters dense with glossary terms (a country name every third word). */
  'dense-terms': () => page('Sejuta karakter penuh nama negara', paragraphs(1_000, 1_000, 3)),
  /** A 25 MB page: 38,000 paragraphs. */
  '25mb': () => page('Halaman dua puluh lima megabita', paragraphs(38_000, 650, 9)),
  /** 500 nested divs around 19,000 paragraphs, each with a link. */
  'nested-links': () =>
    page(
      'Lima ratus div bersarang',
      `${'<div>'.repeat(500)}${paragraphs(19_000, 80, 9, (p) => `<p>${p} <a href="/dunia">Baca juga</a></p>`)}${'</div>'.repeat(500)}`,
    ),
} satisfies Record<string, () => string>;

export type HugePageName = keyof typeof HUGE_PAGES;

const made = new Map<string, string>();

/** The page's HTML (made once, then kept), or null when there is no page of that name. */
export function hugePage(name: string): string | null {
  if (!Object.hasOwn(HUGE_PAGES, name)) return null;
  let html = made.get(name);
  if (html === undefined) {
    html = HUGE_PAGES[name as HugePageName]();
    made.set(name, html);
  }
  return html;
}
