// Generates the countries-and-capitals part of the news glossary:
//   assets/glossaries/src/countries.json  (a JSON array of glossary entries)
// One entry per ISO 3166-1 country or territory (id "country-<alpha2>", kind "country") and one
// per capital city of a sovereign country (id "capital-<alpha2>", kind "place").
//
// Sources: i18n-iso-countries (MIT; Indonesian and English names and aliases),
// @rapideditor/country-coder (ISC; Wikidata ids, UN M49 regions, membership of territories),
// Intl.DisplayNames (Unicode CLDR; further name variants), and the hand-written tables below
// (region names, capitals, Indonesian news forms, short facts, memberships).
//   npx tsx scripts/glossary/make-countries.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from '@rapideditor/country-coder';
import countries from 'i18n-iso-countries';
import { normalizeLabel } from '../../src/core/glossary/normalize';
import type { GlossaryEntry } from '../../src/core/glossary/pack-schema';
import { exactForm } from '../../src/core/glossary/term-index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outFile = join(root, 'assets', 'glossaries', 'src', 'countries.json');
const require = createRequire(import.meta.url);

/** When the facts below (memberships, capitals, recent events) were last checked. */
const AS_OF = '2025-11-01';

type Lang = 'en' | 'id';
type Pair = readonly [en: string, id: string];

// ---------------------------------------------------------------------------------------------
// Hand-written data
// ---------------------------------------------------------------------------------------------

/** UN M49 sub-regions, as a phrase that follows "A country …" / "Negara …". */
const REGIONS: Record<string, Pair> = {
  '015': ['in Northern Africa', 'di Afrika Utara'],
  '011': ['in Western Africa', 'di Afrika Barat'],
  '014': ['in Eastern Africa', 'di Afrika Timur'],
  '017': ['in Middle Africa', 'di Afrika Tengah'],
  '018': ['in Southern Africa', 'di Afrika bagian selatan'],
  '029': ['in the Caribbean', 'di Karibia'],
  '013': ['in Central America', 'di Amerika Tengah'],
  '005': ['in South America', 'di Amerika Selatan'],
  '021': ['in North America', 'di Amerika Utara'],
  '143': ['in Central Asia', 'di Asia Tengah'],
  '030': ['in Eastern Asia', 'di Asia Timur'],
  '035': ['in South-eastern Asia', 'di Asia Tenggara'],
  '034': ['in Southern Asia', 'di Asia Selatan'],
  '145': ['in Western Asia (the Middle East)', 'di Asia Barat (Timur Tengah)'],
  '151': ['in Eastern Europe', 'di Eropa Timur'],
  '154': ['in Northern Europe', 'di Eropa Utara'],
  '039': ['in Southern Europe', 'di Eropa Selatan'],
  '155': ['in Western Europe', 'di Eropa Barat'],
  '053': ['in Australasia', 'di Australasia'],
  '054': ['in Melanesia, in the Pacific', 'di Melanesia, Pasifik'],
  '057': ['in Micronesia, in the Pacific', 'di Mikronesia, Pasifik'],
  '061': ['in Polynesia, in the Pacific', 'di Polinesia, Pasifik'],
};

/**
 * The M49 sub-region of countries whose country-coder feature is an aggregate without one
 * (a kingdom with overseas parts, a country spanning regions): that of its main territory.
 */
const HOME_REGION: Record<string, string> = {
  DK: '154',
  NL: '155',
  FR: '155',
  GB: '154',
  US: '021',
  NO: '154',
  NZ: '053',
  ES: '039',
};

/** Sovereign powers of dependent territories, as named in a gloss. */
const SOVEREIGNS: Record<string, Pair> = {
  GB: ['the United Kingdom', 'Britania Raya'],
  US: ['the United States', 'Amerika Serikat'],
  FR: ['France', 'Prancis'],
  NL: ['the Kingdom of the Netherlands', 'Kerajaan Belanda'],
  DK: ['the Kingdom of Denmark', 'Kerajaan Denmark'],
  NO: ['Norway', 'Norwegia'],
  AU: ['Australia', 'Australia'],
  NZ: ['the Realm of New Zealand', 'Selandia Baru'],
  FI: ['Finland', 'Finlandia'],
  CN: ['China', 'Tiongkok'],
};

const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'];
const G20 = [
  'AR',
  'AU',
  'BR',
  'CA',
  'CN',
  'FR',
  'DE',
  'IN',
  'ID',
  'IT',
  'JP',
  'KR',
  'MX',
  'RU',
  'SA',
  'ZA',
  'TR',
  'GB',
  'US',
];
const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];
/** Sovereign states that are not UN members but observer states. */
const UN_OBSERVERS = ['VA', 'PS'];
/** City-states: the country and its capital are one, so the capital has no entry of its own. */
const CITY_STATES = ['MC', 'SG', 'VA'];
/** Countries named with "the" in running English text. */
const WITH_THE = [
  'US',
  'GB',
  'NL',
  'PH',
  'AE',
  'CD',
  'CG',
  'CF',
  'DO',
  'CZ',
  'BS',
  'GM',
  'MV',
  'MH',
  'SB',
  'KM',
  'FM',
];

interface CountryHand {
  /** English labels: "Name|alias|alias" (an empty name keeps the CLDR name). */
  en?: string;
  /** Indonesian labels, as above. */
  id?: string;
  enAcr?: string;
  idAcr?: string;
  /** Package-derived labels to leave out (ambiguous, wrong, or a common word). */
  drop?: string;
  /** Wikipedia titles where they differ from the name ('' keeps the name). */
  wiki?: Pair;
  /** Replaces "its capital is X" / "ibu kotanya X". */
  capital?: Pair;
  /** Replaces the region phrase. */
  region?: Pair;
  /** A distinctive fact, one short sentence per language. */
  fact?: Pair;
  /** The whole gloss, where the pattern does not fit. */
  gloss?: Pair;
}

const COUNTRY: Record<string, CountryHand> = {
  AF: {
    id: 'Afganistan|Afghanistan',
    fact: ['Ruled by the Taliban since 2021.', 'Dikuasai Taliban sejak 2021.'],
  },
  AL: {},
  DZ: {
    id: 'Aljazair|Algeria',
    fact: ["Africa's largest country by area.", 'Negara terluas di Afrika.'],
  },
  AD: {},
  AO: {},
  AG: { en: 'Antigua and Barbuda' },
  AR: { fact: ['The second-largest country of South America.', 'Negara terluas kedua di Amerika Selatan.'] },
  AM: {
    region: ['in the Caucasus, in Western Asia', 'di Kaukasus, Asia Barat'],
    fact: [
      'A former Soviet republic, and the first country to adopt Christianity as its state religion.',
      'Bekas republik Soviet, dan negara pertama yang menjadikan Kristen agama negara.',
    ],
  },
  AU: {
    fact: [
      "Indonesia's large southern neighbour, a country the size of a continent.",
      'Tetangga besar Indonesia di selatan, negara seluas benua.',
    ],
  },
  AT: { fact: ['A landlocked country in the Alps.', 'Negara tanpa laut di Pegunungan Alpen.'] },
  AZ: {
    region: ['in the Caucasus, in Western Asia', 'di Kaukasus, Asia Barat'],
    fact: [
      'A former Soviet republic on the Caspian Sea, rich in oil and gas.',
      'Bekas republik Soviet di tepi Laut Kaspia, kaya minyak dan gas.',
    ],
  },
  BS: { en: 'Bahamas|The Bahamas', id: 'Bahama|Kepulauan Bahama', wiki: ['The Bahamas', ''] },
  BH: { fact: ['An island kingdom in the Persian Gulf.', 'Kerajaan kepulauan di Teluk Persia.'] },
  BD: {
    fact: [
      'One of the most densely populated countries in the world; it broke away from Pakistan in 1971.',
      'Salah satu negara terpadat di dunia; memisahkan diri dari Pakistan pada 1971.',
    ],
  },
  BY: {
    en: 'Belarus|Byelorussia',
    id: 'Belarus|Belarusia',
    fact: [
      'A former Soviet republic and a close ally of Russia.',
      'Bekas republik Soviet dan sekutu dekat Rusia.',
    ],
  },
  BE: {
    fact: [
      "The city also hosts the main institutions of the European Union and NATO's headquarters.",
      'Kota itu juga menjadi tempat kedudukan lembaga-lembaga utama Uni Eropa dan markas besar NATO.',
    ],
  },
  BZ: {},
  BJ: {},
  BT: {
    fact: [
      "A Himalayan kingdom known for measuring its 'Gross National Happiness'.",
      "Kerajaan di Himalaya yang dikenal dengan ukuran 'Kebahagiaan Nasional Bruto'.",
    ],
  },
  BO: {
    capital: [
      'its constitutional capital is Sucre, while the government sits in La Paz',
      'ibu kota konstitusionalnya Sucre, sedangkan pemerintahan berkedudukan di La Paz',
    ],
  },
  BA: {
    en: 'Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia',
    id: 'Bosnia dan Herzegovina|Bosnia-Herzegovina|Bosnia',
    enAcr: 'BiH',
    fact: ['Scene of the Bosnian War of 1992–1995.', 'Tempat terjadinya Perang Bosnia 1992–1995.'],
  },
  BW: {},
  BR: {
    id: 'Brasil|Brazil',
    fact: [
      'The largest country of South America, by area and by population.',
      'Negara terluas dan berpenduduk terbanyak di Amerika Selatan.',
    ],
  },
  BN: {
    en: 'Brunei|Brunei Darussalam',
    id: 'Brunei Darussalam|Brunei',
    fact: [
      'An oil-rich sultanate on the island of Borneo, which it shares with Indonesia and Malaysia.',
      'Kesultanan kaya minyak di Pulau Kalimantan, yang dibagi dengan Indonesia dan Malaysia.',
    ],
  },
  BG: {},
  BF: {},
  BI: {},
  KH: { id: 'Kamboja', fact: ['Home of the temples of Angkor Wat.', 'Negeri kompleks candi Angkor Wat.'] },
  CM: { id: 'Kamerun' },
  CA: {
    id: 'Kanada',
    fact: ['The second-largest country in the world by area.', 'Negara terluas kedua di dunia.'],
  },
  CV: { en: 'Cape Verde|Cabo Verde', id: 'Tanjung Verde|Cabo Verde' },
  CF: { en: 'Central African Republic', id: 'Republik Afrika Tengah', drop: 'Afrika Tengah' },
  TD: {},
  CL: {
    id: 'Cile|Chili|Chile',
    fact: [
      'A long, narrow country along the Pacific coast.',
      'Negara panjang dan sempit di sepanjang pantai Pasifik.',
    ],
  },
  CN: {
    en: "China|People's Republic of China",
    enAcr: 'PRC',
    id: 'Tiongkok|Cina|China|Republik Rakyat Tiongkok|Republik Rakyat China|Republik Rakyat Cina',
    idAcr: 'RRT|RRC',
    fact: [
      "The world's second most populous country, after India, and its second-largest economy.",
      'Negara berpenduduk terbanyak kedua di dunia setelah India, dan ekonomi terbesar kedua di dunia.',
    ],
  },
  CO: { id: 'Kolombia' },
  KM: { en: 'Comoros', id: 'Komoro' },
  CG: {
    en: 'Republic of the Congo|Congo-Brazzaville|Congo Republic',
    id: 'Republik Kongo|Kongo-Brazzaville',
    drop: 'Congo|Kongo',
  },
  CD: {
    en: 'Democratic Republic of the Congo|DR Congo|Congo-Kinshasa',
    enAcr: 'DRC',
    id: 'Republik Demokratik Kongo|RD Kongo|Kongo-Kinshasa',
    drop: 'Congo|Kongo',
    fact: [
      "Africa's second-largest country by area, rich in minerals such as cobalt.",
      'Negara terluas kedua di Afrika, kaya mineral seperti kobalt.',
    ],
  },
  CR: {
    id: 'Kosta Rika|Costa Rica',
    fact: ['Abolished its army in 1948.', 'Menghapus angkatan bersenjatanya pada 1948.'],
  },
  CI: {
    en: "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire",
    id: "Pantai Gading|Côte d'Ivoire",
    capital: [
      'its official capital is Yamoussoukro, while Abidjan is its largest city',
      'ibu kota resminya Yamoussoukro, sedangkan kota terbesarnya Abidjan',
    ],
    fact: ["The world's largest cocoa producer.", 'Penghasil kakao terbesar di dunia.'],
  },
  HR: { id: 'Kroasia' },
  CU: {
    id: 'Kuba',
    fact: [
      'Ruled by its Communist Party since the revolution of 1959.',
      'Diperintah Partai Komunis sejak revolusi 1959.',
    ],
  },
  CY: {
    id: 'Siprus',
    region: ['in the eastern Mediterranean, in Western Asia', 'di Laut Tengah bagian timur, Asia Barat'],
    fact: [
      'A divided island: its north has been under Turkish Cypriot control since 1974.',
      'Pulau yang terbelah: bagian utaranya dikuasai Siprus Turki sejak 1974.',
    ],
  },
  CZ: { en: 'Czech Republic|Czechia', id: 'Ceko|Republik Ceko|Cheko', wiki: ['Czech Republic', 'Ceko'] },
  DK: {
    en: 'Denmark|Kingdom of Denmark',
    id: 'Denmark|Kerajaan Denmark',
    fact: [
      'Greenland and the Faroe Islands are self-governing parts of its kingdom.',
      'Greenland dan Kepulauan Faroe adalah wilayah berpemerintahan sendiri dalam kerajaannya.',
    ],
  },
  DJ: {
    id: 'Djibouti|Jibuti',
    fact: [
      'Hosts several foreign military bases at the mouth of the Red Sea.',
      'Menampung beberapa pangkalan militer asing di mulut Laut Merah.',
    ],
  },
  DM: { id: 'Dominika' },
  DO: { id: 'Republik Dominika' },
  EC: { id: 'Ekuador' },
  EG: {
    id: 'Mesir',
    fact: ['Home of the pyramids of Giza and the Suez Canal.', 'Negeri piramida Giza dan Terusan Suez.'],
  },
  SV: {},
  GQ: { id: 'Guinea Khatulistiwa|Guinea Ekuatorial' },
  ER: {},
  EE: {},
  SZ: { en: 'Eswatini|Swaziland', id: 'Eswatini|Swaziland' },
  ET: {
    id: 'Etiopia|Ethiopia',
    fact: [
      "Africa's second most populous country; Addis Ababa hosts the African Union.",
      'Negara berpenduduk terbanyak kedua di Afrika; Addis Ababa menjadi markas Uni Afrika.',
    ],
  },
  FJ: {},
  FI: { id: 'Finlandia', fact: ['Joined NATO in 2023.', 'Bergabung dengan NATO pada 2023.'] },
  FR: {
    id: 'Prancis|Perancis',
    fact: ['A permanent member of the UN Security Council.', 'Anggota tetap Dewan Keamanan PBB.'],
  },
  GA: {},
  GM: { en: 'Gambia|The Gambia', wiki: ['The Gambia', ''] },
  GE: {
    region: ['in the Caucasus, in Western Asia', 'di Kaukasus, Asia Barat'],
    wiki: ['Georgia (country)', ''],
    fact: ['A former Soviet republic on the Black Sea.', 'Bekas republik Soviet di tepi Laut Hitam.'],
  },
  DE: {
    id: 'Jerman',
    fact: [
      'The most populous country and the largest economy of the European Union.',
      'Negara berpenduduk terbanyak dan ekonomi terbesar di Uni Eropa.',
    ],
  },
  GH: {
    fact: [
      'In 1957, the first colony south of the Sahara to win independence.',
      'Pada 1957 menjadi jajahan pertama di selatan Sahara yang meraih kemerdekaan.',
    ],
  },
  GR: {
    id: 'Yunani',
    fact: [
      'Cradle of ancient Greek civilisation and democracy.',
      'Tempat lahir peradaban Yunani kuno dan demokrasi.',
    ],
  },
  GD: {},
  GT: { drop: 'Guatamala' },
  GN: { en: 'Guinea|Guinea-Conakry|Republic of Guinea', id: 'Guinea|Guinea-Conakry|Republik Guinea' },
  GW: {},
  GY: {},
  HT: {
    fact: [
      'In 1804 it became the first republic founded by former slaves.',
      'Pada 1804 menjadi republik pertama yang didirikan bekas budak.',
    ],
  },
  VA: {
    en: 'Vatican City|Vatican|Holy See|Vatican City State',
    id: 'Vatikan|Kota Vatikan|Takhta Suci|Negara Kota Vatikan',
    wiki: ['Vatican City', 'Vatikan'],
    fact: [
      'Enclosed by Rome, it is the seat of the Pope and the smallest country in the world.',
      'Dikelilingi kota Roma, negara ini tempat kedudukan Paus dan negara terkecil di dunia.',
    ],
  },
  HN: {},
  HU: { id: 'Hongaria|Hungaria' },
  IS: { id: 'Islandia' },
  IN: {
    fact: [
      "The world's most populous country since 2023.",
      'Negara berpenduduk terbanyak di dunia sejak 2023.',
    ],
  },
  ID: {
    en: 'Indonesia|Republic of Indonesia',
    id: 'Indonesia|Republik Indonesia|Negara Kesatuan Republik Indonesia',
    idAcr: 'RI|NKRI',
    fact: [
      "The world's largest archipelagic country and its fourth most populous.",
      'Negara kepulauan terbesar di dunia dan berpenduduk terbanyak keempat.',
    ],
  },
  IR: {
    en: 'Iran|Islamic Republic of Iran',
    region: ['in the Middle East', 'di Timur Tengah'],
    id: 'Iran|Republik Islam Iran',
    fact: [
      'An Islamic republic, known as Persia until 1935.',
      'Republik Islam yang hingga 1935 dikenal sebagai Persia.',
    ],
  },
  IQ: {
    id: 'Irak|Iraq',
    fact: [
      'The land of ancient Mesopotamia, between the Tigris and the Euphrates.',
      'Wilayah Mesopotamia kuno, di antara Sungai Tigris dan Efrat.',
    ],
  },
  IE: {
    en: 'Ireland|Republic of Ireland|Éire',
    id: 'Irlandia|Republik Irlandia',
    wiki: ['Republic of Ireland', 'Republik Irlandia'],
  },
  IL: {
    capital: [
      'it proclaims Jerusalem its capital, a status most countries do not recognise',
      'negara ini menyatakan Yerusalem sebagai ibu kotanya, status yang tidak diakui sebagian besar negara',
    ],
    fact: [
      'Founded in 1948, it is a party to the long Israeli–Palestinian conflict.',
      'Berdiri pada 1948, negara ini salah satu pihak dalam konflik panjang Israel–Palestina.',
    ],
  },
  IT: {
    id: 'Italia',
    fact: [
      'It surrounds two small states, Vatican City and San Marino.',
      'Wilayahnya mengelilingi dua negara kecil, Vatikan dan San Marino.',
    ],
  },
  JM: { id: 'Jamaika' },
  JP: {
    id: 'Jepang',
    fact: [
      'An island country whose emperor is a symbolic head of state.',
      'Negara kepulauan dengan kaisar sebagai kepala negara simbolis.',
    ],
  },
  JO: { id: 'Yordania' },
  KZ: {
    id: 'Kazakhstan|Kazakstan',
    fact: [
      "A former Soviet republic, the region's largest country and the world's largest landlocked one.",
      'Bekas republik Soviet, negara terluas di kawasan itu dan negara tanpa laut terluas di dunia.',
    ],
  },
  KE: {
    fact: [
      'Known for the wildlife parks of its savanna.',
      'Dikenal dengan taman-taman satwa liar di sabananya.',
    ],
  },
  KI: {},
  KP: {
    en: "North Korea|Democratic People's Republic of Korea",
    enAcr: 'DPRK',
    id: 'Korea Utara|Korut|Republik Demokratik Rakyat Korea',
    fact: [
      'Ruled by the Kim family since 1948, it has nuclear weapons.',
      'Diperintah keluarga Kim sejak 1948 dan memiliki senjata nuklir.',
    ],
  },
  KR: {
    en: 'South Korea|Republic of Korea',
    enAcr: 'ROK',
    id: 'Korea Selatan|Korsel|Republik Korea',
    fact: [
      'The Korean War of 1950–1953 ended only in an armistice, so it is technically still at war with North Korea.',
      'Perang Korea 1950–1953 hanya diakhiri gencatan senjata, sehingga secara teknis masih berperang dengan Korea Utara.',
    ],
  },
  KW: {
    fact: [
      'A small, oil-rich emirate on the Persian Gulf.',
      'Negara emirat kecil kaya minyak di tepi Teluk Persia.',
    ],
  },
  KG: {
    en: 'Kyrgyzstan|Kyrgyz Republic|Kirghizia',
    id: 'Kirgistan|Kirgizstan|Kirgizia|Kyrgyzstan',
    wiki: ['', 'Kirgizstan'],
    fact: ['A mountainous former Soviet republic.', 'Bekas republik Soviet yang bergunung-gunung.'],
  },
  LA: {
    en: 'Laos|Lao PDR',
    id: 'Laos|Republik Demokratik Rakyat Laos',
    fact: [
      'The only landlocked country of South-eastern Asia.',
      'Satu-satunya negara tanpa laut di Asia Tenggara.',
    ],
  },
  LV: {},
  LB: { id: 'Lebanon|Libanon' },
  LS: { fact: ['Entirely surrounded by South Africa.', 'Seluruh wilayahnya dikelilingi Afrika Selatan.'] },
  LR: {},
  LY: {},
  LI: {},
  LT: { id: 'Lituania|Lithuania' },
  LU: { id: 'Luksemburg|Luxemburg' },
  MG: { id: 'Madagaskar', fact: ["The world's fourth-largest island.", 'Pulau terbesar keempat di dunia.'] },
  MW: {},
  MY: {
    fact: [
      "Indonesia's neighbour, a federation on the Malay Peninsula and northern Borneo.",
      'Tetangga Indonesia, sebuah federasi di Semenanjung Malaya dan Kalimantan bagian utara.',
    ],
  },
  MV: {
    id: 'Maladewa|Maldives',
    fact: [
      'Made up of about 1,200 low-lying coral islands.',
      'Terdiri atas sekitar 1.200 pulau karang yang rendah.',
    ],
  },
  ML: {},
  MT: {},
  MH: { en: 'Marshall Islands', id: 'Kepulauan Marshall' },
  MR: {},
  MU: {},
  MX: {
    id: 'Meksiko',
    region: ['in North America', 'di Amerika Utara'],
    fact: [
      'The most populous Spanish-speaking country.',
      'Negara berbahasa Spanyol dengan penduduk terbanyak.',
    ],
  },
  FM: {
    en: 'Federated States of Micronesia',
    enAcr: 'FSM',
    id: 'Federasi Mikronesia|Negara Federasi Mikronesia',
    drop: 'Micronesia|Mikronesia',
  },
  MD: { en: 'Moldova|Republic of Moldova', id: 'Moldova|Republik Moldova' },
  MC: {
    id: 'Monako|Monaco',
    fact: [
      "The world's second-smallest country, on the French Riviera.",
      'Negara terkecil kedua di dunia, di Riviera Prancis.',
    ],
  },
  MN: {
    fact: [
      'A vast, thinly populated country between Russia and China.',
      'Negara luas berpenduduk jarang di antara Rusia dan Tiongkok.',
    ],
  },
  ME: {},
  MA: { id: 'Maroko|Moroko' },
  MZ: { id: 'Mozambik' },
  MM: {
    en: 'Myanmar|Burma',
    id: 'Myanmar|Burma|Birma',
    fact: [
      'Its military seized power in a coup in 2021.',
      'Militernya merebut kekuasaan lewat kudeta pada 2021.',
    ],
  },
  NA: {},
  NR: {
    capital: [
      'it has no official capital, and its government sits in Yaren',
      'negara ini tidak memiliki ibu kota resmi, dan pemerintahannya berkedudukan di Yaren',
    ],
    fact: [
      "One of the world's smallest countries, a single island.",
      'Salah satu negara terkecil di dunia, berupa satu pulau.',
    ],
  },
  NP: {
    fact: [
      'Home of Mount Everest, on its border with China.',
      'Tempat Gunung Everest, di perbatasannya dengan Tiongkok.',
    ],
  },
  NL: {
    en: 'Netherlands|the Netherlands|Holland|Kingdom of the Netherlands',
    id: 'Belanda|Kerajaan Belanda',
    fact: [
      "Indonesia's former colonial ruler; its government sits in The Hague.",
      'Bekas penjajah Indonesia; pemerintahannya berkedudukan di Den Haag.',
    ],
  },
  NZ: { id: 'Selandia Baru' },
  NI: { id: 'Nikaragua' },
  NE: {},
  NG: { fact: ["Africa's most populous country.", 'Negara berpenduduk terbanyak di Afrika.'] },
  MK: {
    en: 'North Macedonia|Republic of North Macedonia|Republic of Macedonia',
    id: 'Makedonia Utara|Republik Makedonia Utara|Republik Makedonia',
    fact: ['Called the Republic of Macedonia until 2019.', 'Bernama Republik Makedonia hingga 2019.'],
  },
  NO: {
    id: 'Norwegia',
    fact: [
      'A major oil and gas producer that is not in the European Union.',
      'Produsen besar minyak dan gas yang bukan anggota Uni Eropa.',
    ],
  },
  OM: {
    fact: [
      'A sultanate on the south-eastern tip of the Arabian Peninsula.',
      'Kesultanan di ujung tenggara Jazirah Arab.',
    ],
  },
  PK: {
    fact: [
      'A nuclear-armed country, born in 1947 from the partition of British India.',
      'Negara bersenjata nuklir yang lahir pada 1947 dari pemisahan India Britania.',
    ],
  },
  PW: {},
  PA: {
    fact: [
      'Home of the Panama Canal between the Atlantic and the Pacific.',
      'Tempat Terusan Panama yang menghubungkan Samudra Atlantik dan Pasifik.',
    ],
  },
  PG: {
    en: 'Papua New Guinea',
    enAcr: 'PNG',
    id: 'Papua Nugini',
    idAcr: 'PNG',
    fact: [
      'It shares the island of New Guinea with Indonesia.',
      'Negara ini berbagi Pulau Papua (Nugini) dengan Indonesia.',
    ],
  },
  PY: {},
  PE: {},
  PH: {
    en: 'Philippines|the Philippines',
    id: 'Filipina',
    fact: ['An archipelago of more than 7,000 islands.', 'Negara kepulauan dengan lebih dari 7.000 pulau.'],
  },
  PL: { id: 'Polandia' },
  PT: {
    id: 'Portugal|Portugis',
    fact: ['It ruled East Timor until 1975.', 'Pernah menguasai Timor Leste hingga 1975.'],
  },
  QA: {
    id: 'Qatar|Katar',
    fact: [
      'A gas-rich emirate on the Persian Gulf that hosted the 2022 FIFA World Cup.',
      'Emirat kaya gas di Teluk Persia, tuan rumah Piala Dunia FIFA 2022.',
    ],
  },
  RO: { id: 'Rumania|Romania' },
  RU: {
    en: 'Russia|Russian Federation',
    id: 'Rusia|Federasi Rusia',
    region: ['spanning Eastern Europe and Northern Asia', 'yang membentang di Eropa Timur dan Asia Utara'],
    fact: [
      'The largest country in the world by area and a permanent member of the UN Security Council.',
      'Negara terluas di dunia dan anggota tetap Dewan Keamanan PBB.',
    ],
  },
  RW: { fact: ['Scene of the genocide of 1994.', 'Tempat terjadinya genosida 1994.'] },
  KN: { en: 'Saint Kitts and Nevis|St Kitts and Nevis', id: 'Saint Kitts dan Nevis' },
  LC: { en: 'Saint Lucia', id: 'Saint Lucia' },
  VC: {
    en: 'Saint Vincent and the Grenadines',
    id: 'Saint Vincent dan Grenadine',
    drop: 'Saint Vincent dan the Grenadines',
  },
  WS: {},
  SM: {
    fact: [
      "One of the world's oldest republics, enclosed by Italy.",
      'Salah satu republik tertua di dunia, dikelilingi Italia.',
    ],
  },
  ST: {
    en: 'São Tomé and Príncipe',
    id: 'Sao Tome dan Principe|São Tomé dan Príncipe',
    drop: 'São Tomé & Príncipe',
  },
  SA: {
    en: 'Saudi Arabia|Kingdom of Saudi Arabia',
    enAcr: 'KSA',
    id: 'Arab Saudi|Kerajaan Arab Saudi',
    fact: [
      "Home of Islam's holiest cities, Mecca and Medina, and one of the largest oil producers.",
      'Tempat dua kota suci Islam, Makkah dan Madinah, dan salah satu produsen minyak terbesar.',
    ],
  },
  SN: {},
  RS: {},
  SC: {},
  SL: {},
  SG: {
    id: 'Singapura|Singapore',
    fact: [
      'A global financial and shipping hub at the southern tip of the Malay Peninsula.',
      'Pusat keuangan dan pelayaran dunia di ujung selatan Semenanjung Malaya.',
    ],
  },
  SK: { id: 'Slowakia|Slovakia' },
  SI: { id: 'Slovenia|Slowenia' },
  SB: { en: 'Solomon Islands', id: 'Kepulauan Solomon' },
  SO: {},
  ZA: {
    id: 'Afrika Selatan|Afsel',
    capital: [
      'its executive capital is Pretoria, while Parliament sits in Cape Town',
      'ibu kota eksekutifnya Pretoria, sedangkan parlemen bersidang di Cape Town',
    ],
    fact: ["Africa's most industrialised economy.", 'Ekonomi paling maju di Afrika.'],
  },
  SS: {
    en: 'South Sudan',
    id: 'Sudan Selatan',
    fact: [
      "The world's youngest country, independent from Sudan since 2011.",
      'Negara termuda di dunia, merdeka dari Sudan sejak 2011.',
    ],
  },
  ES: { id: 'Spanyol' },
  LK: {
    capital: [
      'its official capital is Sri Jayawardenepura Kotte, while Colombo is its largest city',
      'ibu kota resminya Sri Jayawardenepura Kotte, sedangkan kota terbesarnya Kolombo',
    ],
    fact: [
      'An island south of India, formerly called Ceylon.',
      'Pulau di selatan India, dahulu bernama Ceylon (Sailan).',
    ],
  },
  SD: {},
  SR: {},
  SE: {
    en: 'Sweden',
    id: 'Swedia',
    drop: 'Sweden',
    fact: ['Joined NATO in 2024.', 'Bergabung dengan NATO pada 2024.'],
  },
  CH: {
    en: 'Switzerland|Swiss Confederation',
    id: 'Swiss|Konfederasi Swiss',
    capital: [
      'its seat of government, the "federal city", is Bern',
      'ibu kotanya, yang disebut "kota federal", adalah Bern',
    ],
    fact: [
      'Known for its neutrality; Geneva hosts many UN agencies.',
      'Dikenal dengan kenetralannya; Jenewa menjadi tempat banyak badan PBB.',
    ],
  },
  SY: {
    en: 'Syria|Syrian Arab Republic',
    id: 'Suriah|Syria|Republik Arab Suriah',
    fact: [
      "Torn by civil war from 2011; Bashar al-Assad's government fell in December 2024.",
      'Dilanda perang saudara sejak 2011; pemerintahan Bashar al-Assad jatuh pada Desember 2024.',
    ],
  },
  TJ: {
    fact: [
      'The smallest country of Central Asia, a mountainous former Soviet republic.',
      'Negara terkecil di Asia Tengah, bekas republik Soviet yang bergunung-gunung.',
    ],
  },
  TZ: {
    capital: [
      'its capital is Dodoma, while Dar es Salaam is its largest city',
      'ibu kotanya Dodoma, sedangkan kota terbesarnya Dar es Salaam',
    ],
    fact: [
      'Home of Mount Kilimanjaro and the island of Zanzibar.',
      'Tempat Gunung Kilimanjaro dan Pulau Zanzibar.',
    ],
  },
  TH: {
    fact: [
      'The only country of South-eastern Asia never colonised by a European power.',
      'Satu-satunya negara Asia Tenggara yang tidak pernah dijajah bangsa Eropa.',
    ],
  },
  TL: {
    en: 'East Timor|Timor-Leste|Democratic Republic of Timor-Leste',
    id: 'Timor Leste|Republik Demokratik Timor Leste|Timor Timur',
    idAcr: 'RDTL',
    wiki: ['East Timor', 'Timor Leste'],
    fact: [
      "Indonesia's neighbour, independent since 2002 and ASEAN's eleventh member since 2025.",
      'Tetangga Indonesia, merdeka sejak 2002 dan anggota kesebelas ASEAN sejak 2025.',
    ],
  },
  TG: {},
  TO: {},
  TT: { en: 'Trinidad and Tobago' },
  TN: {},
  TR: {
    en: 'Turkey|Türkiye|Republic of Türkiye',
    id: 'Turki|Turkiye',
    fact: [
      'It straddles Europe and Asia, on both sides of the Bosporus.',
      'Wilayahnya membentang di Eropa dan Asia, di kedua sisi Selat Bosporus.',
    ],
  },
  TM: {
    fact: [
      "A gas-rich former Soviet republic, one of the world's most closed countries.",
      'Bekas republik Soviet yang kaya gas, salah satu negara paling tertutup di dunia.',
    ],
  },
  TV: {},
  UG: {},
  UA: {
    id: 'Ukraina',
    fact: [
      'A former Soviet republic invaded by Russia in 2022.',
      'Bekas republik Soviet yang diinvasi Rusia pada 2022.',
    ],
  },
  AE: {
    en: 'United Arab Emirates',
    enAcr: 'UAE',
    id: 'Uni Emirat Arab',
    idAcr: 'UEA',
    fact: [
      'A federation of seven emirates, among them Abu Dhabi and Dubai.',
      'Federasi tujuh emirat, di antaranya Abu Dhabi dan Dubai.',
    ],
  },
  GB: {
    en: 'United Kingdom|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland',
    enAcr: 'UK|U.K.',
    id: 'Inggris|Britania Raya|Kerajaan Inggris|Inggris Raya|Kerajaan Britania Raya',
    idAcr: 'UK',
    wiki: ['United Kingdom', 'Britania Raya'],
    fact: [
      'Made up of England, Scotland, Wales and Northern Ireland; a permanent member of the UN Security Council.',
      'Terdiri atas Inggris (England), Skotlandia, Wales, dan Irlandia Utara; anggota tetap Dewan Keamanan PBB.',
    ],
  },
  US: {
    en: 'United States|United States of America',
    enAcr: 'US|USA|U.S.|U.S.A.',
    id: 'Amerika Serikat',
    idAcr: 'AS',
    fact: [
      "The world's largest economy and a permanent member of the UN Security Council.",
      'Ekonomi terbesar di dunia dan anggota tetap Dewan Keamanan PBB.',
    ],
  },
  UY: {},
  UZ: {
    fact: [
      'The most populous country of Central Asia, a former Soviet republic.',
      'Negara berpenduduk terbanyak di Asia Tengah, bekas republik Soviet.',
    ],
  },
  VU: {},
  VE: {
    fact: [
      "Holds the world's largest proven oil reserves.",
      'Memiliki cadangan minyak terbukti terbesar di dunia.',
    ],
  },
  VN: {
    en: 'Vietnam|Viet Nam',
    id: 'Vietnam|Viet Nam',
    fact: [
      'Ruled by its Communist Party, reunified in 1975 at the end of the Vietnam War.',
      'Diperintah Partai Komunis, bersatu kembali pada 1975 di akhir Perang Vietnam.',
    ],
  },
  YE: {
    id: 'Yaman',
    fact: ['Torn by civil war since 2014.', 'Dilanda perang saudara sejak 2014.'],
  },
  ZM: {},
  ZW: {},

  // States and territories outside the UN membership, with a gloss of their own.
  PS: {
    en: 'Palestine|State of Palestine|Palestinian territories',
    id: 'Palestina|Negara Palestina',
    wiki: ['State of Palestine', 'Palestina'],
    gloss: [
      'A state in Western Asia (the Middle East), made up of the West Bank and the Gaza Strip, recognised by most UN members and a UN observer state. Palestinians claim East Jerusalem as its capital; the Palestinian Authority sits in Ramallah.',
      'Negara di Asia Barat (Timur Tengah) yang terdiri atas Tepi Barat dan Jalur Gaza, diakui sebagian besar anggota PBB dan berstatus negara pengamat di PBB. Palestina mengklaim Yerusalem Timur sebagai ibu kotanya; Otoritas Palestina berkedudukan di Ramallah.',
    ],
  },
  TW: {
    en: 'Taiwan|Republic of China',
    enAcr: 'ROC',
    id: 'Taiwan|Republik Tiongkok',
    gloss: [
      'An island in Eastern Asia governed by the Republic of China from Taipei; China claims it as part of its territory. Few countries recognise it officially.',
      'Pulau di Asia Timur yang diperintah Republik Tiongkok dari Taipei; Tiongkok mengklaimnya sebagai bagian wilayahnya. Hanya sedikit negara yang mengakuinya secara resmi.',
    ],
  },
  XK: {
    gloss: [
      'A territory in Southern Europe, in the Balkans, that declared independence from Serbia in 2008; many countries recognise it, but Serbia does not. Its capital is Pristina.',
      'Wilayah di Eropa Selatan, di kawasan Balkan, yang menyatakan merdeka dari Serbia pada 2008; banyak negara mengakuinya, tetapi Serbia tidak. Ibu kotanya Pristina.',
    ],
  },
  EH: {
    gloss: [
      'A territory in Northern Africa on the Atlantic coast, disputed between Morocco, which controls most of it, and the Polisario Front.',
      'Wilayah di Afrika Utara di pesisir Atlantik yang disengketakan antara Maroko, yang menguasai sebagian besarnya, dan Front Polisario.',
    ],
  },
  AQ: {
    en: 'Antarctica',
    id: 'Antarktika|Antartika',
    drop: 'Antarctica',
    gloss: [
      'The ice-covered continent around the South Pole, with no permanent population; it is governed by the Antarctic Treaty.',
      'Benua berlapis es di sekitar Kutub Selatan tanpa penduduk tetap; diatur oleh Traktat Antarktika.',
    ],
  },

  // Dependent territories: labels where the package forms need help, and a few facts.
  HK: {
    en: 'Hong Kong',
    id: 'Hong Kong|Hongkong',
    drop: 'Hong Kong SAR China|Hong Kong DAK Tiongkok',
    gloss: [
      'A special administrative region of China on its southern coast, a former British colony returned in 1997, and a global financial centre.',
      'Daerah administratif khusus Tiongkok di pesisir selatannya, bekas jajahan Inggris yang dikembalikan pada 1997, dan pusat keuangan dunia.',
    ],
  },
  MO: {
    en: 'Macau|Macao',
    id: 'Makau|Macau|Makao',
    drop: 'Macao SAR China|Makau DAK Tiongkok',
    wiki: ['Macau', 'Makau'],
    gloss: [
      'A special administrative region of China on its southern coast, a former Portuguese colony returned in 1999, known for its casinos.',
      'Daerah administratif khusus Tiongkok di pesisir selatannya, bekas jajahan Portugal yang dikembalikan pada 1999, terkenal dengan kasinonya.',
    ],
  },
  UM: {
    en: 'United States Minor Outlying Islands|U.S. Minor Outlying Islands',
    id: 'Kepulauan Terluar Kecil Amerika Serikat|Kepulauan Terluar AS',
    drop: 'U.S. Outlying Islands',
    gloss: [
      'Small islands and atolls of the United States scattered across the Pacific and the Caribbean, with no permanent population.',
      'Pulau-pulau kecil dan atol milik Amerika Serikat yang tersebar di Pasifik dan Karibia, tanpa penduduk tetap.',
    ],
  },
  GL: {
    fact: [
      "The world's largest island, with its own home-rule government.",
      'Pulau terbesar di dunia, dengan pemerintahan sendiri.',
    ],
  },
  FO: { en: 'Faroe Islands|Faroes', id: 'Kepulauan Faroe' },
  PR: {
    id: 'Puerto Riko|Puerto Rico',
    fact: ['Its people are US citizens.', 'Penduduknya berkewarganegaraan Amerika Serikat.'],
  },
  FK: {
    en: 'Falkland Islands|Falklands|Malvinas|Islas Malvinas',
    region: ['in the South Atlantic, off South America', 'di Atlantik Selatan, lepas pantai Amerika Selatan'],
    id: 'Kepulauan Falkland|Kepulauan Malvinas',
    fact: [
      'Argentina claims them as the Malvinas; the two countries fought a war over them in 1982.',
      'Argentina mengklaimnya sebagai Malvinas; kedua negara berperang memperebutkannya pada 1982.',
    ],
  },
  GI: {
    fact: [
      'A rocky peninsula at the mouth of the Mediterranean, claimed by Spain.',
      'Semenanjung berbatu di mulut Laut Tengah yang diklaim Spanyol.',
    ],
  },
  IO: {
    en: 'British Indian Ocean Territory|Chagos Archipelago|Chagos Islands',
    region: ['in the Indian Ocean', 'di Samudra Hindia'],
    id: 'Wilayah Inggris di Samudra Hindia|Teritori Samudra Hindia Britania|Kepulauan Chagos',
    fact: [
      'The Chagos Islands, home of the Diego Garcia military base; in 2025 the UK signed a treaty to hand them to Mauritius while keeping the base.',
      'Kepulauan Chagos, tempat pangkalan militer Diego Garcia; pada 2025 Inggris meneken perjanjian untuk menyerahkannya kepada Mauritius dengan tetap mempertahankan pangkalan itu.',
    ],
  },
  NC: {
    en: 'New Caledonia',
    id: 'Kaledonia Baru',
    fact: ['Rich in nickel.', 'Kaya akan nikel.'],
  },
  CK: {
    fact: [
      'Self-governing in free association with New Zealand.',
      'Berpemerintahan sendiri dalam asosiasi bebas dengan Selandia Baru.',
    ],
  },
  NU: {
    fact: [
      'Self-governing in free association with New Zealand.',
      'Berpemerintahan sendiri dalam asosiasi bebas dengan Selandia Baru.',
    ],
  },
  RE: {
    en: 'La Réunion|Réunion Island',
    id: 'La Réunion|Pulau Réunion',
    drop: 'Reunion|Réunion',
    wiki: ['Réunion', 'Réunion'],
  },
  JE: {
    en: 'Bailiwick of Jersey',
    id: 'Pulau Jersey',
    drop: 'Jersey',
    wiki: ['Jersey', 'Jersey'],
    gloss: [
      'A self-governing British Crown dependency among the Channel Islands, off the coast of France; the United Kingdom is responsible for its defence and foreign affairs.',
      'Dependensi Kerajaan Inggris yang berpemerintahan sendiri di Kepulauan Channel, lepas pantai Prancis; Britania Raya bertanggung jawab atas pertahanan dan hubungan luar negerinya.',
    ],
  },
  GG: {
    en: 'Guernsey|Bailiwick of Guernsey',
    id: 'Guernsey',
    wiki: ['Bailiwick of Guernsey', 'Guernsey'],
    gloss: [
      'A self-governing British Crown dependency among the Channel Islands, off the coast of France; the United Kingdom is responsible for its defence and foreign affairs.',
      'Dependensi Kerajaan Inggris yang berpemerintahan sendiri di Kepulauan Channel, lepas pantai Prancis; Britania Raya bertanggung jawab atas pertahanan dan hubungan luar negerinya.',
    ],
  },
  IM: {
    en: 'Isle of Man',
    id: 'Pulau Man',
    gloss: [
      'A self-governing British Crown dependency in the Irish Sea, between Great Britain and Ireland; the United Kingdom is responsible for its defence and foreign affairs.',
      'Dependensi Kerajaan Inggris yang berpemerintahan sendiri di Laut Irlandia, di antara Pulau Britania Raya dan Irlandia; Britania Raya bertanggung jawab atas pertahanan dan hubungan luar negerinya.',
    ],
  },
  GS: {
    en: 'South Georgia and the South Sandwich Islands',
    region: ['in the South Atlantic Ocean', 'di Samudra Atlantik bagian selatan'],
    id: 'Georgia Selatan dan Kepulauan Sandwich Selatan',
    drop: 'Georgia Selatan & Kep. Sandwich Selatan',
  },
  VI: {
    en: 'United States Virgin Islands|U.S. Virgin Islands|US Virgin Islands',
    id: 'Kepulauan Virgin Amerika Serikat|Kepulauan Virgin AS',
  },
  VG: { en: 'British Virgin Islands', id: 'Kepulauan Virgin Britania Raya|Kepulauan Virgin Inggris' },
  BQ: {
    en: 'Caribbean Netherlands|Bonaire, Sint Eustatius and Saba',
    id: 'Belanda Karibia|Bonaire, Sint Eustatius, dan Saba',
  },
  SX: { en: 'Sint Maarten', id: 'Sint Maarten' },
  MF: {
    en: 'Saint Martin|Collectivity of Saint Martin|Saint-Martin|St. Martin',
    id: 'Saint Martin',
    wiki: ['Collectivity of Saint Martin', 'Saint Martin'],
  },
  BL: { en: 'Saint Barthélemy|St. Barts', id: 'Saint Barthélemy' },
  PM: { en: 'Saint Pierre and Miquelon', id: 'Saint Pierre dan Miquelon' },
  SH: {
    en: 'Saint Helena, Ascension and Tristan da Cunha|Saint Helena',
    region: ['in the South Atlantic Ocean', 'di Samudra Atlantik bagian selatan'],
    id: 'Saint Helena, Ascension, dan Tristan da Cunha|Saint Helena',
    wiki: ['Saint Helena, Ascension and Tristan da Cunha', ''],
  },
  TF: {
    en: 'French Southern and Antarctic Lands|French Southern Territories',
    region: ['in the southern Indian Ocean', 'di Samudra Hindia bagian selatan'],
    id: 'Wilayah Selatan dan Antarktika Prancis|Wilayah Selatan Prancis',
    wiki: ['French Southern and Antarctic Lands', ''],
  },
  WF: { en: 'Wallis and Futuna', id: 'Wallis dan Futuna|Kepulauan Wallis dan Futuna' },
  SJ: { en: 'Svalbard and Jan Mayen', id: 'Svalbard dan Jan Mayen|Kepulauan Svalbard dan Jan Mayen' },
  HM: {
    en: 'Heard Island and McDonald Islands',
    id: 'Pulau Heard dan Kepulauan McDonald',
    region: ['in the southern Indian Ocean', 'di Samudra Hindia bagian selatan'],
  },
  CC: {
    en: 'Cocos (Keeling) Islands|Cocos Islands|Keeling Islands',
    id: 'Kepulauan Cocos (Keeling)|Kepulauan Cocos',
    region: ['in the Indian Ocean', 'di Samudra Hindia'],
  },
  CX: {
    en: 'Christmas Island',
    id: 'Pulau Natal|Pulau Christmas',
    region: ['in the Indian Ocean, south of Java', 'di Samudra Hindia, di selatan Pulau Jawa'],
  },
  NF: { en: 'Norfolk Island', id: 'Pulau Norfolk|Kepulauan Norfolk' },
  AX: {
    en: 'Åland Islands|Åland',
    id: 'Kepulauan Åland',
    wiki: ['Åland', ''],
    fact: ['An autonomous, Swedish-speaking region.', 'Wilayah otonom berbahasa Swedia.'],
  },
  TC: { en: 'Turks and Caicos Islands', id: 'Kepulauan Turks dan Caicos', drop: 'Turks dan Caicos Islands' },
  PN: { en: 'Pitcairn Islands|Pitcairn', id: 'Kepulauan Pitcairn' },
  GF: { en: 'French Guiana', id: 'Guyana Prancis|Guyana Perancis' },
  PF: { en: 'French Polynesia', id: 'Polinesia Prancis|Polinesia Perancis' },
  MQ: { id: 'Martinik|Martinique' },
  AS: { en: 'American Samoa', id: 'Samoa Amerika' },
  BV: {
    en: 'Bouvet Island',
    id: 'Pulau Bouvet',
    region: ['in the South Atlantic Ocean', 'di Samudra Atlantik bagian selatan'],
  },
  CW: {},
};

interface CapitalHand {
  /** English labels "Name|alias|…". */
  en: string;
  /** Indonesian labels "Name|alias|…". */
  id: string;
  /** The plain city name for running text, where the label is qualified ("Lima, Peru"). */
  plain?: Pair;
  /** Wikipedia titles where they differ from the name ('' keeps the name). */
  wiki?: Pair;
  fact?: Pair;
  /** The whole gloss, where "the capital of X" does not fit. */
  gloss?: Pair;
}

const CAPITAL: Record<string, CapitalHand> = {
  AF: { en: 'Kabul', id: 'Kabul' },
  AL: { en: 'Tirana', id: 'Tirana' },
  DZ: { en: 'Algiers', id: 'Aljir' },
  AD: { en: 'Andorra la Vella', id: 'Andorra la Vella' },
  AO: { en: 'Luanda', id: 'Luanda' },
  AG: {
    en: "St. John's, Antigua|Saint John's, Antigua",
    id: "St. John's, Antigua|Saint John's, Antigua",
    plain: ["St. John's", "St. John's"],
    wiki: ["St. John's, Antigua and Barbuda", "St. John's, Antigua dan Barbuda"],
  },
  AR: { en: 'Buenos Aires', id: 'Buenos Aires' },
  AM: { en: 'Yerevan|Erevan', id: 'Yerevan' },
  AU: {
    en: 'Canberra',
    id: 'Canberra',
    fact: [
      'A planned city, chosen as a compromise between rivals Sydney and Melbourne.',
      'Kota terencana yang dipilih sebagai jalan tengah antara Sydney dan Melbourne.',
    ],
  },
  AT: {
    en: 'Vienna',
    id: 'Wina|Wien',
    fact: [
      'Seat of OPEC and of the International Atomic Energy Agency.',
      'Tempat kedudukan OPEC dan Badan Energi Atom Internasional (IAEA).',
    ],
  },
  AZ: {
    en: 'Baku, Azerbaijan',
    id: 'Baku, Azerbaijan|Kota Baku',
    plain: ['Baku', 'Baku'],
    wiki: ['Baku', 'Baku'],
    fact: [
      'An oil city on the Caspian Sea that hosted the COP29 climate summit in 2024.',
      'Kota minyak di tepi Laut Kaspia, tuan rumah KTT iklim COP29 pada 2024.',
    ],
  },
  BS: { en: 'Nassau', id: 'Nassau', wiki: ['Nassau, Bahamas', 'Nassau, Bahama'] },
  BH: { en: 'Manama', id: 'Manama' },
  BD: { en: 'Dhaka|Dacca', id: 'Dhaka' },
  BB: { en: 'Bridgetown', id: 'Bridgetown' },
  BY: { en: 'Minsk', id: 'Minsk' },
  BE: {
    en: 'Brussels',
    id: 'Brussel|Brusel',
    fact: [
      "Seat of the main institutions of the European Union and of NATO's headquarters.",
      'Tempat kedudukan lembaga-lembaga utama Uni Eropa dan markas besar NATO.',
    ],
  },
  BZ: { en: 'Belmopan', id: 'Belmopan' },
  BJ: {
    en: 'Porto-Novo',
    id: 'Porto-Novo',
    fact: ['The government, however, sits in Cotonou.', 'Namun, pemerintahan berkedudukan di Cotonou.'],
  },
  BT: { en: 'Thimphu', id: 'Thimphu' },
  BO: {
    en: 'Sucre',
    id: 'Sucre',
    fact: [
      'It is the constitutional capital; the government and parliament sit in La Paz.',
      'Kota ini ibu kota konstitusional; pemerintah dan parlemen berkedudukan di La Paz.',
    ],
  },
  BA: { en: 'Sarajevo', id: 'Sarajevo' },
  BW: { en: 'Gaborone', id: 'Gaborone' },
  BR: {
    en: 'Brasília|Brasilia',
    id: 'Brasília|Brasilia',
    fact: [
      'A planned city that replaced Rio de Janeiro as the capital in 1960.',
      'Kota terencana yang menggantikan Rio de Janeiro sebagai ibu kota pada 1960.',
    ],
  },
  BN: { en: 'Bandar Seri Begawan', id: 'Bandar Seri Begawan' },
  BG: { en: 'Sofia', id: 'Sofia' },
  BF: { en: 'Ouagadougou', id: 'Ouagadougou' },
  BI: {
    en: 'Gitega',
    id: 'Gitega',
    fact: [
      'It replaced Bujumbura as the political capital in 2019.',
      'Menggantikan Bujumbura sebagai ibu kota politik pada 2019.',
    ],
  },
  CV: { en: 'Praia', id: 'Praia' },
  KH: { en: 'Phnom Penh', id: 'Phnom Penh' },
  CM: { en: 'Yaoundé', id: 'Yaoundé' },
  CA: { en: 'Ottawa', id: 'Ottawa' },
  CF: { en: 'Bangui', id: 'Bangui' },
  TD: { en: "N'Djamena|Ndjamena", id: "N'Djamena" },
  CL: {
    en: 'Santiago de Chile',
    id: 'Santiago de Chile',
    plain: ['Santiago', 'Santiago'],
    wiki: ['Santiago', 'Santiago de Chile'],
  },
  CN: {
    en: 'Beijing|Peking',
    id: 'Beijing|Peking',
    fact: [
      'Host of the 2008 Summer and the 2022 Winter Olympics.',
      'Tuan rumah Olimpiade Musim Panas 2008 dan Olimpiade Musim Dingin 2022.',
    ],
  },
  CO: { en: 'Bogotá', id: 'Bogotá' },
  KM: { en: 'Moroni', id: 'Moroni', wiki: ['Moroni, Comoros', 'Moroni'] },
  CG: { en: 'Brazzaville', id: 'Brazzaville' },
  CD: { en: 'Kinshasa', id: 'Kinshasa' },
  CR: {
    en: 'San José, Costa Rica',
    id: 'San José, Kosta Rika',
    plain: ['San José', 'San José'],
    wiki: ['San José, Costa Rica', 'San José, Kosta Rika'],
  },
  CI: {
    en: 'Yamoussoukro',
    id: 'Yamoussoukro',
    fact: [
      'It has been the official capital since 1983; Abidjan remains the economic centre.',
      'Menjadi ibu kota resmi sejak 1983; Abidjan tetap menjadi pusat ekonomi.',
    ],
  },
  HR: { en: 'Zagreb', id: 'Zagreb' },
  CU: { en: 'Havana|La Habana', id: 'Havana|La Habana' },
  CY: {
    en: 'Nicosia|Lefkosia',
    id: 'Nikosia|Nicosia',
    fact: [
      'A divided city, split between the Greek Cypriot south and the Turkish Cypriot north.',
      'Kota yang terbelah antara bagian selatan (Siprus Yunani) dan utara (Siprus Turki).',
    ],
  },
  CZ: { en: 'Prague|Praha', id: 'Praha' },
  DK: { en: 'Copenhagen', id: 'Kopenhagen' },
  DJ: { en: 'Djibouti City', id: 'Kota Djibouti|Kota Jibuti', wiki: ['Djibouti (city)', 'Kota Djibouti'] },
  DM: { en: 'Roseau', id: 'Roseau' },
  DO: { en: 'Santo Domingo', id: 'Santo Domingo' },
  EC: { en: 'Quito', id: 'Quito' },
  EG: {
    en: 'Cairo',
    id: 'Kairo',
    fact: [
      'On the Nile, one of the largest cities of Africa and of the Arab world.',
      'Di tepi Sungai Nil, salah satu kota terbesar di Afrika dan dunia Arab.',
    ],
  },
  SV: { en: 'San Salvador', id: 'San Salvador' },
  GQ: { en: 'Malabo', id: 'Malabo' },
  ER: {
    en: 'Asmara, Eritrea',
    id: 'Asmara, Eritrea',
    plain: ['Asmara', 'Asmara'],
    wiki: ['Asmara', 'Asmara'],
  },
  EE: { en: 'Tallinn', id: 'Tallinn' },
  SZ: {
    en: 'Mbabane',
    id: 'Mbabane',
    fact: [
      'It is the executive capital; the royal and legislative capital is Lobamba.',
      'Kota ini ibu kota eksekutif; ibu kota kerajaan dan legislatifnya Lobamba.',
    ],
  },
  ET: {
    en: 'Addis Ababa|Addis Abeba',
    id: 'Addis Ababa|Addis Abeba',
    fact: ['Seat of the African Union.', 'Tempat kedudukan Uni Afrika.'],
  },
  FJ: { en: 'Suva', id: 'Suva' },
  FI: { en: 'Helsinki', id: 'Helsinki' },
  FR: {
    en: 'Paris',
    id: 'Paris',
    fact: ['Host of the 2024 Summer Olympics.', 'Tuan rumah Olimpiade Musim Panas 2024.'],
  },
  GA: { en: 'Libreville', id: 'Libreville' },
  GM: { en: 'Banjul', id: 'Banjul' },
  GE: { en: 'Tbilisi|Tiflis', id: 'Tbilisi' },
  DE: {
    en: 'Berlin',
    id: 'Berlin',
    fact: [
      'Divided by the Berlin Wall from 1961 to 1989.',
      'Terbelah oleh Tembok Berlin dari 1961 hingga 1989.',
    ],
  },
  GH: { en: 'Accra', id: 'Accra' },
  GR: {
    en: 'Athens',
    id: 'Athena',
    fact: [
      "One of the world's oldest cities, home of the Acropolis.",
      'Salah satu kota tertua di dunia, tempat Akropolis.',
    ],
  },
  GD: {
    en: "St. George's, Grenada|Saint George's, Grenada",
    id: "St. George's, Grenada|Saint George's, Grenada",
    plain: ["St. George's", "St. George's"],
    wiki: ["St. George's, Grenada", "St. George's, Grenada"],
  },
  GT: { en: 'Guatemala City', id: 'Kota Guatemala' },
  GN: { en: 'Conakry', id: 'Conakry' },
  GW: { en: 'Bissau', id: 'Bissau' },
  GY: {
    en: 'Georgetown, Guyana',
    id: 'Georgetown, Guyana',
    plain: ['Georgetown', 'Georgetown'],
    wiki: ['Georgetown, Guyana', 'Georgetown, Guyana'],
  },
  HT: { en: 'Port-au-Prince', id: 'Port-au-Prince' },
  HN: { en: 'Tegucigalpa', id: 'Tegucigalpa' },
  HU: {
    en: 'Budapest',
    id: 'Budapest',
    fact: ['The Danube divides it into Buda and Pest.', 'Sungai Donau membelahnya menjadi Buda dan Pest.'],
  },
  IS: {
    en: 'Reykjavík|Reykjavik',
    id: 'Reykjavík|Reykjavik',
    fact: [
      "The world's northernmost capital of a sovereign state.",
      'Ibu kota negara berdaulat paling utara di dunia.',
    ],
  },
  IN: { en: 'New Delhi', id: 'New Delhi' },
  ID: {
    en: 'Jakarta|DKI Jakarta',
    id: 'Jakarta|DKI Jakarta',
    fact: [
      "Indonesia's largest city; a new capital, Nusantara, is being built in East Kalimantan.",
      'Kota terbesar di Indonesia; ibu kota baru, Nusantara (IKN), sedang dibangun di Kalimantan Timur.',
    ],
  },
  IR: { en: 'Tehran|Teheran', id: 'Teheran|Tehran' },
  IQ: {
    en: 'Baghdad',
    id: 'Bagdad|Baghdad',
    fact: [
      'On the Tigris; a centre of the Islamic world under the Abbasid caliphs.',
      'Di tepi Sungai Tigris; pusat dunia Islam pada masa Kekhalifahan Abbasiyah.',
    ],
  },
  IE: { en: 'Dublin', id: 'Dublin' },
  IL: {
    en: 'Jerusalem',
    id: 'Yerusalem',
    gloss: [
      'A city holy to Jews, Christians and Muslims. Israel proclaims it its capital, a status most countries do not recognise, and Palestinians claim East Jerusalem as the capital of their state.',
      'Kota suci bagi umat Yahudi, Kristen, dan Islam. Israel menyatakannya sebagai ibu kota, status yang tidak diakui sebagian besar negara, dan Palestina mengklaim Yerusalem Timur sebagai ibu kota negaranya.',
    ],
  },
  IT: {
    en: 'Rome',
    id: 'Roma',
    fact: [
      'It encloses Vatican City, the seat of the Pope.',
      'Kota ini mengelilingi Vatikan, tempat kedudukan Paus.',
    ],
  },
  JM: { en: 'Kingston', id: 'Kingston', wiki: ['Kingston, Jamaica', 'Kingston, Jamaika'] },
  JP: {
    en: 'Tokyo|Tokio',
    id: 'Tokyo|Tokio',
    fact: [
      'Host of the Summer Olympics of 1964 and 2020.',
      'Tuan rumah Olimpiade Musim Panas 1964 dan 2020.',
    ],
  },
  JO: { en: 'Amman', id: 'Amman' },
  KZ: {
    en: 'Astana|Nur-Sultan|Akmola',
    id: 'Astana|Nur-Sultan|Akmola',
    fact: [
      'It replaced Almaty as the capital in 1997 and was called Nur-Sultan from 2019 to 2022.',
      'Menggantikan Almaty sebagai ibu kota pada 1997 dan sempat bernama Nur-Sultan pada 2019–2022.',
    ],
  },
  KE: {
    en: 'Nairobi',
    id: 'Nairobi',
    fact: ['Home of the UN Environment Programme.', 'Tempat markas Program Lingkungan PBB (UNEP).'],
  },
  KI: { en: 'South Tarawa|Tarawa', id: 'Tarawa Selatan|Tarawa', wiki: ['South Tarawa', ''] },
  KP: { en: 'Pyongyang', id: 'Pyongyang' },
  KR: { en: 'Seoul', id: 'Seoul' },
  KW: { en: 'Kuwait City', id: 'Kota Kuwait' },
  KG: {
    en: 'Bishkek',
    id: 'Bishkek',
    fact: ['Called Frunze in Soviet times.', 'Bernama Frunze pada masa Soviet.'],
  },
  LA: { en: 'Vientiane', id: 'Vientiane' },
  LV: { en: 'Riga', id: 'Riga' },
  LB: { en: 'Beirut', id: 'Beirut' },
  LS: { en: 'Maseru', id: 'Maseru' },
  LR: { en: 'Monrovia', id: 'Monrovia' },
  LY: { en: 'Tripoli', id: 'Tripoli', wiki: ['Tripoli, Libya', ''] },
  LI: { en: 'Vaduz', id: 'Vaduz' },
  LT: { en: 'Vilnius', id: 'Vilnius' },
  LU: { en: 'Luxembourg City', id: 'Kota Luksemburg' },
  MG: { en: 'Antananarivo', id: 'Antananarivo' },
  MW: { en: 'Lilongwe', id: 'Lilongwe' },
  MY: {
    en: 'Kuala Lumpur',
    id: 'Kuala Lumpur',
    fact: [
      'Many federal government offices have moved to nearby Putrajaya.',
      'Banyak kantor pemerintah federal telah pindah ke Putrajaya di dekatnya.',
    ],
  },
  MV: { en: 'Malé, Maldives', id: 'Malé, Maladewa', plain: ['Malé', 'Malé'], wiki: ['Malé', 'Malé'] },
  ML: { en: 'Bamako', id: 'Bamako' },
  MT: { en: 'Valletta', id: 'Valletta' },
  MH: { en: 'Majuro', id: 'Majuro' },
  MR: { en: 'Nouakchott', id: 'Nouakchott' },
  MU: { en: 'Port Louis', id: 'Port Louis' },
  MX: {
    en: 'Mexico City|Ciudad de México',
    id: 'Kota Meksiko|Mexico City',
    fact: [
      'One of the largest cities of the Americas, built on the site of the Aztec capital Tenochtitlan.',
      'Salah satu kota terbesar di benua Amerika, dibangun di atas bekas ibu kota Aztek, Tenochtitlan.',
    ],
  },
  FM: { en: 'Palikir', id: 'Palikir' },
  MD: { en: 'Chișinău|Chisinau|Kishinev', id: 'Chișinău|Chisinau' },
  MN: { en: 'Ulaanbaatar|Ulan Bator', id: 'Ulan Bator|Ulaanbaatar' },
  ME: { en: 'Podgorica', id: 'Podgorica' },
  MA: { en: 'Rabat', id: 'Rabat' },
  MZ: { en: 'Maputo', id: 'Maputo' },
  MM: {
    en: 'Naypyidaw|Nay Pyi Taw|Naypyitaw',
    id: 'Naypyidaw|Nay Pyi Taw|Naypyitaw',
    fact: [
      'Built as the new capital in 2005–2006, replacing Yangon.',
      'Dibangun sebagai ibu kota baru pada 2005–2006, menggantikan Yangon.',
    ],
  },
  NA: { en: 'Windhoek', id: 'Windhoek' },
  NR: {
    en: 'Yaren|Yaren District',
    id: 'Yaren|Distrik Yaren',
    wiki: ['Yaren District', 'Distrik Yaren'],
    gloss: [
      'The seat of government of Nauru, which has no official capital.',
      'Pusat pemerintahan Nauru, yang tidak memiliki ibu kota resmi.',
    ],
  },
  NP: { en: 'Kathmandu|Katmandu', id: 'Kathmandu|Katmandu' },
  NL: {
    en: 'Amsterdam',
    id: 'Amsterdam',
    fact: [
      'The government and parliament, however, sit in The Hague.',
      'Namun, pemerintah dan parlemen berkedudukan di Den Haag.',
    ],
  },
  NZ: {
    en: 'Wellington',
    id: 'Wellington',
    fact: [
      "The world's southernmost capital of a sovereign state.",
      'Ibu kota negara berdaulat paling selatan di dunia.',
    ],
  },
  NI: { en: 'Managua', id: 'Managua' },
  NE: { en: 'Niamey', id: 'Niamey' },
  NG: {
    en: 'Abuja',
    id: 'Abuja',
    fact: ['It replaced Lagos as the capital in 1991.', 'Menggantikan Lagos sebagai ibu kota pada 1991.'],
  },
  MK: { en: 'Skopje', id: 'Skopje' },
  NO: {
    en: 'Oslo',
    id: 'Oslo',
    fact: ['Where the Nobel Peace Prize is awarded.', 'Tempat penganugerahan Hadiah Nobel Perdamaian.'],
  },
  OM: { en: 'Muscat', id: 'Muskat|Muscat' },
  PK: {
    en: 'Islamabad',
    id: 'Islamabad',
    fact: [
      'A planned city built in the 1960s to replace Karachi as the capital.',
      'Kota terencana yang dibangun pada 1960-an untuk menggantikan Karachi sebagai ibu kota.',
    ],
  },
  PW: { en: 'Ngerulmud', id: 'Ngerulmud' },
  PS: {
    en: 'Ramallah',
    id: 'Ramallah',
    gloss: [
      'A city in the West Bank, the seat of the Palestinian Authority; Palestinians claim East Jerusalem as the capital of their state.',
      'Kota di Tepi Barat, pusat pemerintahan Otoritas Palestina; Palestina mengklaim Yerusalem Timur sebagai ibu kota negaranya.',
    ],
  },
  PA: { en: 'Panama City', id: 'Kota Panama' },
  PG: { en: 'Port Moresby', id: 'Port Moresby' },
  PY: { en: 'Asunción', id: 'Asunción' },
  PE: {
    en: 'Lima, Peru',
    id: 'Lima, Peru|Kota Lima',
    plain: ['Lima', 'Lima'],
    wiki: ['Lima', 'Lima'],
  },
  PH: {
    en: 'Manila',
    id: 'Manila',
    fact: [
      "Part of Metro Manila, one of the world's most densely populated urban areas.",
      'Bagian dari Metro Manila, salah satu kawasan perkotaan terpadat di dunia.',
    ],
  },
  PL: { en: 'Warsaw', id: 'Warsawa' },
  PT: { en: 'Lisbon|Lisboa', id: 'Lisboa|Lisabon' },
  QA: { en: 'Doha', id: 'Doha' },
  RO: { en: 'Bucharest', id: 'Bukares|Bucharest' },
  RU: {
    en: 'Moscow|Moskva',
    id: 'Moskow|Moskwa',
    wiki: ['', 'Moskwa'],
    fact: [
      "Russia's largest city; the Kremlin is the seat of its president.",
      'Kota terbesar Rusia; Kremlin menjadi kantor presidennya.',
    ],
  },
  RW: { en: 'Kigali', id: 'Kigali' },
  KN: { en: 'Basseterre', id: 'Basseterre' },
  LC: { en: 'Castries', id: 'Castries' },
  VC: { en: 'Kingstown', id: 'Kingstown' },
  WS: { en: 'Apia', id: 'Apia' },
  SM: {
    en: 'City of San Marino',
    id: 'Kota San Marino',
    plain: ['the City of San Marino', 'Kota San Marino'],
  },
  ST: { en: 'São Tomé', id: 'São Tomé' },
  SA: { en: 'Riyadh', id: 'Riyadh' },
  SN: { en: 'Dakar', id: 'Dakar' },
  RS: { en: 'Belgrade', id: 'Beograd|Belgrade' },
  SC: {
    en: 'Victoria, Seychelles',
    id: 'Victoria, Seychelles',
    plain: ['Victoria', 'Victoria'],
    wiki: ['Victoria, Seychelles', 'Victoria, Seychelles'],
  },
  SL: { en: 'Freetown', id: 'Freetown' },
  SK: { en: 'Bratislava', id: 'Bratislava' },
  SI: { en: 'Ljubljana', id: 'Ljubljana' },
  SB: { en: 'Honiara', id: 'Honiara' },
  SO: { en: 'Mogadishu', id: 'Mogadishu|Mogadisyu' },
  ZA: {
    en: 'Pretoria|Tshwane',
    id: 'Pretoria|Tshwane',
    fact: [
      'It is the executive capital; Parliament sits in Cape Town and the Supreme Court of Appeal in Bloemfontein.',
      'Kota ini ibu kota eksekutif; parlemen bersidang di Cape Town dan Mahkamah Agung Banding di Bloemfontein.',
    ],
  },
  SS: { en: 'Juba', id: 'Juba' },
  ES: { en: 'Madrid', id: 'Madrid' },
  LK: {
    en: 'Sri Jayawardenepura Kotte|Kotte',
    id: 'Sri Jayawardenepura Kotte|Kotte',
    fact: [
      'It is the official, legislative capital; Colombo is the commercial capital.',
      'Kota ini ibu kota resmi dan legislatif; Kolombo adalah ibu kota niaga.',
    ],
  },
  SD: {
    en: 'Khartoum',
    id: 'Khartoum|Khartum',
    fact: [
      'Where the Blue Nile and the White Nile meet.',
      'Tempat bertemunya Sungai Nil Biru dan Nil Putih.',
    ],
  },
  SR: { en: 'Paramaribo', id: 'Paramaribo' },
  SE: {
    en: 'Stockholm',
    id: 'Stockholm',
    fact: [
      'Where the Nobel Prizes, except the Peace Prize, are awarded.',
      'Tempat penganugerahan Hadiah Nobel, kecuali Nobel Perdamaian.',
    ],
  },
  CH: {
    en: 'Bern|Berne',
    id: 'Bern',
    gloss: [
      'The seat of the government of Switzerland, officially its "federal city"; Zurich and Geneva are larger.',
      'Tempat kedudukan pemerintah Swiss, resminya disebut "kota federal"; Zurich dan Jenewa lebih besar.',
    ],
  },
  SY: {
    en: 'Damascus',
    id: 'Damaskus',
    fact: [
      "One of the world's oldest continuously inhabited cities.",
      'Salah satu kota tertua di dunia yang terus dihuni.',
    ],
  },
  TJ: {
    en: 'Dushanbe',
    id: 'Dushanbe',
    fact: ['Called Stalinabad in Soviet times.', 'Bernama Stalinabad pada masa Soviet.'],
  },
  TZ: {
    en: 'Dodoma',
    id: 'Dodoma',
    fact: [
      'Dar es Salaam is the largest city and commercial centre.',
      'Dar es Salaam adalah kota terbesar dan pusat niaga.',
    ],
  },
  TH: {
    en: 'Bangkok|Krung Thep',
    id: 'Bangkok|Krung Thep',
    fact: ['Known in Thai as Krung Thep.', 'Dalam bahasa Thai disebut Krung Thep.'],
  },
  TL: { en: 'Dili', id: 'Dili' },
  TG: { en: 'Lomé', id: 'Lomé' },
  TO: { en: "Nukuʻalofa|Nuku'alofa|Nukualofa", id: "Nukuʻalofa|Nuku'alofa" },
  TT: { en: 'Port of Spain', id: 'Port of Spain' },
  TN: { en: 'Tunis', id: 'Tunis' },
  TR: {
    en: 'Ankara',
    id: 'Ankara',
    fact: [
      'It became the capital in 1923; Istanbul is still the largest city.',
      'Menjadi ibu kota pada 1923; Istanbul tetap menjadi kota terbesar.',
    ],
  },
  TM: {
    en: 'Ashgabat|Ashkhabad',
    id: 'Ashgabat',
    fact: [
      'Known for its many white marble buildings.',
      'Dikenal dengan banyaknya gedung berlapis marmer putih.',
    ],
  },
  TV: { en: 'Funafuti', id: 'Funafuti' },
  UG: { en: 'Kampala', id: 'Kampala' },
  UA: {
    en: 'Kyiv|Kiev|Kiew',
    id: 'Kyiv|Kiev|Kiew',
    fact: ["Ukraine's largest city, on the Dnipro River.", 'Kota terbesar Ukraina, di tepi Sungai Dnipro.'],
  },
  AE: {
    en: 'Abu Dhabi',
    id: 'Abu Dhabi',
    fact: [
      'Capital of the largest of the seven emirates; Dubai is the largest city.',
      'Ibu kota emirat terbesar dari ketujuh emirat; Dubai adalah kota terbesar.',
    ],
  },
  GB: {
    en: 'London',
    id: 'London',
    fact: [
      "On the River Thames, one of the world's leading financial centres.",
      'Di tepi Sungai Thames, salah satu pusat keuangan utama dunia.',
    ],
  },
  US: {
    en: 'Washington, D.C.|Washington D.C.|Washington DC|Washington',
    id: 'Washington, D.C.|Washington D.C.|Washington DC|Washington',
    fact: [
      'The seat of the federal government: the White House, Congress and the Supreme Court.',
      'Pusat pemerintahan federal: Gedung Putih, Kongres, dan Mahkamah Agung.',
    ],
  },
  UY: { en: 'Montevideo', id: 'Montevideo' },
  UZ: {
    en: 'Tashkent|Toshkent',
    id: 'Tashkent|Taskent',
    fact: ['The largest city of Central Asia.', 'Kota terbesar di Asia Tengah.'],
  },
  VU: { en: 'Port Vila', id: 'Port Vila' },
  VE: { en: 'Caracas', id: 'Caracas' },
  VN: {
    en: 'Hanoi|Ha Noi',
    id: 'Hanoi|Ha Noi',
    fact: [
      'Ho Chi Minh City, the former Saigon, is the largest city.',
      'Kota Ho Chi Minh, dahulu Saigon, adalah kota terbesar.',
    ],
  },
  YE: {
    en: "Sanaa|Sana'a",
    id: "Sana'a|Sanaa",
    fact: [
      'Held by the Houthi movement since 2014; the internationally recognised government works from Aden.',
      'Dikuasai gerakan Houthi sejak 2014; pemerintah yang diakui internasional berkantor di Aden.',
    ],
  },
  ZM: { en: 'Lusaka', id: 'Lusaka' },
  ZW: { en: 'Harare', id: 'Harare' },
};

// ---------------------------------------------------------------------------------------------
// Package data
// ---------------------------------------------------------------------------------------------

countries.registerLocale(require('i18n-iso-countries/langs/id.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const displayNames = {
  en: [
    new Intl.DisplayNames(['en'], { type: 'region' }),
    new Intl.DisplayNames(['en'], { type: 'region', style: 'short' }),
  ],
  id: [
    new Intl.DisplayNames(['id'], { type: 'region' }),
    new Intl.DisplayNames(['id'], { type: 'region', style: 'short' }),
  ],
};

const split = (s: string | undefined): string[] =>
  (s ?? '')
    .split('|')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

/** An all-capital short form (UK, USA, U.S.): an acronym, matched case-sensitively. */
const isAcronym = (s: string): boolean => /^[A-Z][A-Z.]{1,6}$/.test(s);

/** Package forms not fit to be a label: inverted ("Korea, Republic of"), bracketed, "X - Y". */
function unfit(s: string): boolean {
  return /, /.test(s) || /[()]/.test(s) || / - /.test(s) || /\bKep\./.test(s);
}

/** Names of a country from the packages, in one language, best first. */
function packageNames(code: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const dn of displayNames[lang]) {
    const name = dn.of(code);
    if (name && name !== code) out.push(name.replace(/’/g, "'"));
  }
  const names = countries.getName(code, lang, { select: 'all' }) ?? [];
  out.push(...names);
  return out;
}

interface Labels {
  name: string;
  aliases: string[];
  acronyms: string[];
}

/** Builds one language's labels: the hand name and aliases first, then package forms. */
function makeLabels(
  what: string,
  hand: string[],
  fromPackages: string[],
  acronyms: string[],
  drop: Set<string>,
): Labels {
  const seen = new Set<string>();
  const names: string[] = [];
  const acr: string[] = [];
  const seenAcr = new Set<string>();
  const addAcr = (a: string) => {
    if (!seenAcr.has(a)) {
      seenAcr.add(a);
      acr.push(a);
    }
  };
  for (const a of acronyms) addAcr(a);
  const consider = (label: string, fromHand: boolean) => {
    if (isAcronym(label)) {
      if (!drop.has(normalizeLabel(label))) addAcr(label);
      return;
    }
    const key = normalizeLabel(label);
    if (!key || seen.has(key)) return;
    if (!fromHand && (unfit(label) || drop.has(key))) return;
    seen.add(key);
    names.push(label);
  };
  for (const h of hand) consider(h, true);
  for (const p of fromPackages) consider(p, false);
  const [name, ...aliases] = names;
  if (!name) throw new Error(`${what}: no name`);
  return { name, aliases, acronyms: acr };
}

function subRegion(code: string): string | null {
  const home = HOME_REGION[code];
  if (home) return home;
  const groups = feature(code)?.properties.groups ?? [];
  for (const g of groups) if (g in REGIONS) return g;
  return null;
}

/** The Wikidata id of a country, from country-coder; for a kingdom's aggregate, its main part. */
function wikidataOf(code: string): string | undefined {
  const props = feature(code)?.properties;
  if (!props) return undefined;
  const kingdom = /^Kingdom of (?:the )?(.+)$/.exec(props.nameEn ?? '');
  if (kingdom && props.members) {
    for (const m of props.members) {
      const member = feature(m)?.properties;
      if (member && member.nameEn === kingdom[1] && !member.iso1A2) return member.wikidata;
    }
  }
  return props.wikidata;
}

/** The sovereign of a dependent territory: the first ISO code among its country-coder groups. */
function sovereignOf(code: string): string | null {
  for (const g of feature(code)?.properties.groups ?? [])
    if (/^[A-Z]{2}$/.test(g) && g !== 'EU' && g !== 'UN') return g;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------------

const codes = Object.keys(countries.getAlpha2Codes()).sort();
const sovereign = new Set([...Object.keys(CAPITAL), ...CITY_STATES]);
const unMembers = new Set([...sovereign].filter((c) => !UN_OBSERVERS.includes(c)));

/** The sentence ended with a full stop, unless it ends with one already ("Washington, D.C."). */
function stop(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function countryGloss(code: string, hand: CountryHand, capitalPlain: Pair | null): Pair {
  if (hand.gloss) return hand.gloss;
  const fact = (lang: 0 | 1) => (hand.fact ? ` ${hand.fact[lang]}` : '');
  const sub = subRegion(code);
  const region = hand.region ?? (sub ? REGIONS[sub] : undefined);
  if (!region) throw new Error(`${code}: no region and no gloss`);
  if (sovereign.has(code)) {
    if (CITY_STATES.includes(code)) {
      return [`A city-state ${region[0]}.${fact(0)}`, `Negara-kota ${region[1]}.${fact(1)}`];
    }
    if (!capitalPlain) throw new Error(`${code}: sovereign without a capital`);
    const cap: Pair = hand.capital ?? [`its capital is ${capitalPlain[0]}`, `ibu kotanya ${capitalPlain[1]}`];
    return [
      `A country ${region[0]}; ${stop(cap[0])}${fact(0)}`,
      `Negara ${region[1]}; ${stop(cap[1])}${fact(1)}`,
    ];
  }
  const sov = sovereignOf(code);
  const sovName = sov ? SOVEREIGNS[sov] : undefined;
  if (!sov || !sovName) throw new Error(`${code}: a territory without a known sovereign`);
  const groups = feature(code)?.properties.groups ?? [];
  if (sov === 'FR' && groups.includes('Q3320166')) {
    return [
      `An overseas region of France ${region[0]}, part of the European Union.${fact(0)}`,
      `Wilayah seberang laut Prancis ${region[1]}, bagian dari Uni Eropa.${fact(1)}`,
    ];
  }
  if (sov === 'CN') throw new Error(`${code}: needs a gloss of its own`);
  return [
    `A territory of ${sovName[0]} ${region[0]}.${fact(0)}`,
    `Wilayah ${sovName[1]} ${region[1]}.${fact(1)}`,
  ];
}

const countryEntries: GlossaryEntry[] = [];
const capitalEntries: GlossaryEntry[] = [];
const countryNames = new Map<string, Pair>();

for (const code of codes) {
  const hand = COUNTRY[code] ?? {};
  const drop = new Set(split(hand.drop).map(normalizeLabel));
  const labels = {
    id: makeLabels(`${code} id`, split(hand.id), packageNames(code, 'id'), split(hand.idAcr), drop),
    en: makeLabels(`${code} en`, split(hand.en), packageNames(code, 'en'), split(hand.enAcr), drop),
  };
  countryNames.set(code, [labels.en.name, labels.id.name]);
  const cap = CAPITAL[code];
  const capitalPlain: Pair | null = cap
    ? (cap.plain ?? [split(cap.en)[0] ?? '', split(cap.id)[0] ?? ''])
    : null;
  const [glossEn, glossId] = countryGloss(code, hand, capitalPlain);
  const tags = ['country'];
  if (ASEAN.includes(code)) tags.push('asean');
  if (G20.includes(code)) tags.push('g20');
  if (EU.includes(code)) tags.push('eu');
  if (unMembers.has(code)) tags.push('un-member');
  const wikidata = wikidataOf(code);
  const entry: GlossaryEntry = {
    id: `country-${code.toLowerCase()}`,
    kind: 'country',
    labels,
    gloss: { id: glossId, en: glossEn },
    ...(wikidata ? { wikidata } : {}),
    wikipedia: { en: hand.wiki?.[0] || labels.en.name, id: hand.wiki?.[1] || labels.id.name },
    asOf: AS_OF,
    tags,
  };
  countryEntries.push(entry);
}

for (const code of Object.keys(CAPITAL).sort()) {
  const cap = CAPITAL[code];
  const country = countryNames.get(code);
  if (!cap || !country) throw new Error(`capital of unknown country ${code}`);
  const none = new Set<string>();
  const labels = {
    id: makeLabels(`capital ${code} id`, split(cap.id), [], [], none),
    en: makeLabels(`capital ${code} en`, split(cap.en), [], [], none),
  };
  const theEn = WITH_THE.includes(code) ? `the ${country[0]}` : country[0];
  const fact = (lang: 0 | 1) => (cap.fact ? ` ${cap.fact[lang]}` : '');
  const gloss: Pair = cap.gloss ?? [
    `The capital of ${theEn}.${fact(0)}`,
    `Ibu kota ${country[1]}.${fact(1)}`,
  ];
  capitalEntries.push({
    id: `capital-${code.toLowerCase()}`,
    kind: 'place',
    labels,
    gloss: { id: gloss[1], en: gloss[0] },
    wikipedia: { en: cap.wiki?.[0] || labels.en.name, id: cap.wiki?.[1] || labels.id.name },
    asOf: AS_OF,
    tags: ['capital'],
  });
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Every name or alias (normalised) and every acronym (exact) must lead to one entry only. */
export function sharedLabels(entries: readonly GlossaryEntry[]): string[] {
  const owners = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    const set = owners.get(key) ?? new Set<string>();
    set.add(id);
    owners.set(key, set);
  };
  for (const e of entries) {
    for (const l of Object.values(e.labels)) {
      for (const n of [l.name, ...l.aliases]) add(`name:${normalizeLabel(n)}`, e.id);
      for (const a of l.acronyms) add(`acronym:${exactForm(a)}`, e.id);
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([k, ids]) => `${k} → ${[...ids].join(', ')}`);
}

const problems: string[] = [];
for (const code of Object.keys(COUNTRY))
  if (!codes.includes(code)) problems.push(`hand data for unknown code ${code}`);
for (const code of sovereign) if (!codes.includes(code)) problems.push(`unknown sovereign ${code}`);
// The hand list of UN members against country-coder's: countries (not territories) in the UN group.
for (const code of codes) {
  const p = feature(code)?.properties;
  const ccMember = p?.level === 'country' && (p.groups ?? []).includes('UN');
  if (ccMember !== unMembers.has(code)) problems.push(`${code}: UN membership differs from country-coder`);
}
if (unMembers.size !== 193) problems.push(`${unMembers.size} UN members, expected 193`);
for (const list of [ASEAN, G20, EU])
  for (const c of list) if (!codes.includes(c)) problems.push(`unknown code ${c}`);
for (const code of EU) {
  if (!(feature(code)?.properties.groups ?? []).includes('EU') && code !== 'DK' && code !== 'NL') {
    problems.push(`${code}: not in country-coder's EU group`);
  }
}
for (const [code, region] of Object.entries(HOME_REGION)) {
  const members = feature(code)?.properties.members ?? [];
  if (!members.some((m: string) => (feature(m)?.properties.groups ?? []).includes(region))) {
    problems.push(`${code}: no part of it lies in region ${region}`);
  }
}
const entries = [...countryEntries, ...capitalEntries];
for (const e of entries) {
  for (const lang of ['en', 'id'] as const) {
    const g = e.gloss[lang] ?? '';
    if (g.length > 600) problems.push(`${e.id}: gloss ${lang} too long`);
    if (g !== sentence(g)) problems.push(`${e.id}: gloss ${lang} does not start with a capital`);
  }
}
problems.push(...sharedLabels(entries).map((s) => `shared label ${s}`));
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Output: pretty JSON, 2-space indent; short arrays of strings on one line, as the formatter has it
// ---------------------------------------------------------------------------------------------

const LINE = 110;

function format(value: unknown, indent: string, prefixLength: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (prefixLength + inline.length + 1 <= LINE) return inline;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((v) => `${inner}${format(v, inner, inner.length)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `;
    const lines = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const head = `${inner}${JSON.stringify(k)}: `;
      return `${head}${format(v, inner, head.length)}`;
    });
    return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

writeFileSync(outFile, `${format(entries, '', 0)}\n`);
console.log(
  `${outFile}: ${countryEntries.length} countries and territories (${unMembers.size} UN members), ${capitalEntries.length} capitals`,
);
