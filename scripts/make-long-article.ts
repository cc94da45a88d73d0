/**
 * Generate tests/fixtures/pages/long-10k/index.html: a realistic English news page whose article holds
 * about 10,000 words in about 150 paragraphs, with a subheading every 12 paragraphs. The text is drawn
 * from a fixed pool of sentences, shuffled with a seeded PRNG, so every run writes the same page.
 * Usage: npx tsx scripts/make-long-article.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const scriptDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(scriptDir, '..');
export const OUTPUT_PATH = join(repoRoot, 'tests', 'fixtures', 'pages', 'long-10k', 'index.html');

export const SEED = 0x5eed_2025;
export const PARAGRAPHS = 150;
export const HEADING_EVERY = 12;
/** Sentences per paragraph, picked at random: about 2.9 on average, some 67 words. */
export const SENTENCE_COUNTS: readonly number[] = [3, 2, 3, 3, 2, 4, 3];

export const TITLE = 'Running dry: how Asia’s rice farmers are learning to grow more with less water';
export const STANDFIRST =
  'From the Mekong Delta to the terraces of Bali, a changing climate is forcing the region’s most important crop to adapt.';

/** Stand-alone sentences (no pronouns pointing at a previous sentence), so any order reads naturally. */
export const SENTENCES: readonly string[] = [
  'Across the river deltas of Southeast Asia, rice farmers are being asked to grow more food with less water than their parents ever had.',
  'Irrigation officials in several provinces now schedule water releases by text message, warning farmers days in advance when canals will run low.',
  'Rice paddies account for a large share of the fresh water drawn from rivers and aquifers in the region, according to agricultural researchers.',
  'A method known as alternate wetting and drying lets fields dry out for several days between floodings without reducing the harvest.',
  '“The old rule was that a good field is a flooded field,” said Nguyen Thi Hoa, an agronomist who has trained farmers in the Mekong Delta for two decades.',
  'Farmers who adopted alternate wetting and drying said they spent less money on diesel for pumps, which for many households is the largest cash cost of the season.',
  'Changing irrigation habits is not easy for families who have grown rice the same way for generations and see standing water as a form of insurance.',
  'Government extension workers often visit villages only once or twice a season, leaving farmers to learn new methods from neighbours and social media.',
  'Drought years have become harder to predict, and the monsoon now tends to arrive later and leave more abruptly than it did a generation ago.',
  'In Central Java, village cooperatives have begun pooling money to buy shared water pumps and the solar panels to run them.',
  '“When the canal is empty, everyone wants water on the same day, and that is when the arguments start,” said Sutrisno, a farmer and cooperative leader in Klaten.',
  'Salt water pushing inland from the coast has already forced some delta farmers to switch from a third rice crop to shrimp or vegetables.',
  'Researchers say flooded paddies release methane, a powerful greenhouse gas, and that draining fields periodically can cut those emissions substantially.',
  'The prospect of methane savings has attracted companies looking to buy carbon credits, although the rules for verifying them remain contested.',
  'Some farmers worry that carbon projects will bring paperwork and inspections without delivering payments large enough to matter.',
  'A simple plastic tube, perforated and pushed into the mud, allows farmers to see how far the water table has dropped below the surface of a field.',
  'Seed companies and public research institutes are breeding rice varieties that tolerate both drought and brief periods of flooding.',
  'Older farmers often prefer traditional varieties for their taste, even when newer seeds promise higher yields in a dry year.',
  '“My grandson shows me the rainfall forecast on his phone, and I decide whether to plant this week or wait,” said Wayan Sudiarta, a farmer in Tabanan, Bali.',
  'On Bali, the centuries-old subak system shares water among farmers through a network of temples, canals and carefully negotiated schedules.',
  'Water user associations in the Philippines have been given more control over local canals in an effort to reduce waste and disputes.',
  'Many irrigation networks built in the 1970s and 1980s now leak badly, losing a large share of their water before it reaches the fields.',
  'Repairing canals is unglamorous work that rarely attracts the attention of politicians, engineers said, even though it can save more water than a new dam.',
  'Groundwater pumping has filled the gap in many dry seasons, but wells in some districts must now be drilled far deeper than a decade ago.',
  'Women do much of the daily work of managing water in the fields, yet they are often missing from the meetings where schedules are set.',
  'Microfinance lenders have started offering small loans for laser land levelling, which helps water spread evenly across a field.',
  'A level field needs less water to cover it, and farmers who have tried levelling report fewer weeds and a more even crop.',
  'The price of rice matters to almost every household in the region, which makes water policy for farms a politically sensitive subject.',
  '“If the harvest fails, it is not only the farmer who suffers, it is the food stall owner and the factory worker who buy rice every day,” said Rahmat Hidayat, an economist in Jakarta.',
  'Governments have long kept irrigation water free or cheap for farmers, which critics say removes any incentive to use it carefully.',
  'Proposals to charge for irrigation water have repeatedly stalled in the face of opposition from farmer groups and rural lawmakers.',
  'Young people are leaving farming in large numbers, and the average age of rice farmers in several countries is now well above fifty.',
  'Drones that spray fertiliser and map the dry patches of a field are becoming a familiar sight in parts of Thailand and Vietnam.',
  'Agricultural officials say new technology will only help if farmers trust it and can afford to repair it when something breaks.',
  'Heat during the flowering stage can damage rice plants even when there is enough water, reducing the number of grains that form.',
  'Farmers in low-lying areas face the opposite problem in the wet season, when heavy rain can submerge young plants for days.',
  'Crop insurance schemes backed by governments pay out after droughts and floods, but many smallholders say the claims process is slow.',
  'In northeast Thailand, some farmers have dug small ponds on their land to store rainwater for the dry months.',
  '“A pond is like a savings account: you fill it when the rain is generous and draw from it when times are hard,” said Somchai Phromma, a farmer in Khon Kaen province.',
  'Agronomists recommend planting earlier in the season in some areas, so that the crop matures before the hottest and driest weeks.',
  'Direct seeding, in which seeds are sown straight into the field instead of being transplanted, can save both water and labour.',
  'Weeds are a bigger problem in direct-seeded fields, and some farmers fear they will need more herbicide as a result.',
  'River basin authorities must balance the needs of farmers against those of cities, power plants and factories drawing on the same supply.',
  'Upstream dams on major rivers have changed when and how much water reaches farmers downstream, adding a diplomatic dimension to the issue.',
  'Scientists monitoring the Mekong say the sediment carried by the river has declined, leaving delta soils less fertile and more vulnerable to erosion.',
  'Farmers’ groups say they want reliable information about when water will arrive more than they want new infrastructure.',
  'A pilot scheme in the Mekong Delta sends farmers daily salinity readings, so they know when it is safe to open the sluice gates.',
  'Rice straw left in the fields after harvest is often burned, adding to air pollution in nearby towns during the dry season.',
  'Some cooperatives now collect straw to sell as cattle feed or mushroom compost, turning a waste product into extra income.',
  '“We used to think of water as something the sky and the government gave us,” said Sutrisno, the cooperative leader in Klaten. “Now we know we have to manage it ourselves.”',
  'Food security planners warn that the region cannot rely on imports alone if several major producers suffer a poor harvest at the same time.',
  'Export restrictions imposed during past price spikes showed how quickly the international rice market can tighten.',
  'Development banks have financed irrigation upgrades in several countries, tying their loans to measurable cuts in water use.',
  'Measuring savings in water use is difficult in practice, because few farms have meters and many canals have no gauges at all.',
  'Satellite images now allow researchers to estimate how much of a district is flooded on any given day of the season.',
  'Village leaders said the most lasting changes often came when one respected farmer tried a new method and the neighbours saw the results.',
  'A smaller harvest in a dry year can still be profitable if costs fall, a point extension workers stress when they meet sceptical farmers.',
  'Mechanised harvesters have reduced the need for seasonal labour, but they require dry, firm ground that a flooded field cannot provide.',
  'Many farmers now grow a dry-season crop of maize, mung beans or chilli instead of a second or third rice crop.',
  'Whatever the method, the farmers interviewed for this report agreed that the era of cheap and plentiful water is over.',
];

export const SUBHEADS: readonly string[] = [
  'A thirsty crop',
  'Letting the fields breathe',
  'The price of water',
  'Old canals, new leaks',
  'Salt in the delta',
  'Seeds for a hotter century',
  'Who sets the schedule',
  'Carbon and credit',
  'The generation gap',
  'Machines in the mud',
  'Cities and farms',
  'Counting every drop',
  'What comes next',
];

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export type Block = { kind: 'paragraph' | 'heading'; text: string };

/**
 * Deal sentences from a shuffled deck (reshuffled when it runs out) into paragraphs of 2 to 4 sentences,
 * never repeating a sentence inside one paragraph, with a subheading before every HEADING_EVERY-th one.
 */
export function buildBlocks(seed: number = SEED, paragraphs: number = PARAGRAPHS): Block[] {
  const rand = mulberry32(seed);
  let deck: string[] = [];
  const draw = (avoid: ReadonlySet<string>): string => {
    for (;;) {
      if (deck.length === 0) deck = shuffle(SENTENCES, rand);
      const index = deck.findIndex((s) => !avoid.has(s));
      if (index >= 0) return deck.splice(index, 1)[0] as string;
      deck = [];
    }
  };
  const blocks: Block[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % HEADING_EVERY === 0) {
      const text = SUBHEADS[(p / HEADING_EVERY - 1) % SUBHEADS.length] as string;
      blocks.push({ kind: 'heading', text });
    }
    const count = SENTENCE_COUNTS[Math.floor(rand() * SENTENCE_COUNTS.length)] as number;
    const used = new Set<string>();
    for (let s = 0; s < count; s++) used.add(draw(used));
    blocks.push({ kind: 'paragraph', text: [...used].join(' ') });
  }
  return blocks;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `*{box-sizing:border-box}
body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1f2328;background:#f3f3f0;line-height:1.6}
a{color:#0b4f8a;text-decoration:none}
a:hover{text-decoration:underline}
.wrap{max-width:1140px;margin:0 auto;padding:0 16px}
.topbar{background:#12263f;color:#c9d4e3;font:13px/1.4 Arial,Helvetica,sans-serif}
.topbar .wrap{display:flex;justify-content:space-between;padding-top:6px;padding-bottom:6px}
.topbar a{color:#c9d4e3;margin-left:14px}
.brand-row{display:flex;align-items:center;justify-content:space-between;padding-top:18px;padding-bottom:18px;background:#fff}
.site-header{background:#fff}
.logo{font:700 36px/1 Georgia,serif;color:#12263f;letter-spacing:-.5px}
.logo span{color:#c0392b}
.tagline{display:block;font:12px Arial,sans-serif;color:#777;letter-spacing:.04em;margin-top:4px}
.site-search{display:flex}
.site-search input{border:1px solid #ccc;border-right:0;padding:7px 10px;font:14px Arial,sans-serif;width:220px}
.site-search button{border:0;background:#12263f;color:#fff;padding:7px 14px;font:14px Arial,sans-serif}
.main-nav{background:#c0392b}
.main-nav ul{display:flex;flex-wrap:wrap;list-style:none;margin:0 auto;padding:0 16px;max-width:1140px}
.main-nav a{color:#fff;display:block;padding:10px 14px;font:700 13px Arial,sans-serif;text-transform:uppercase;letter-spacing:.03em}
.main-nav a[aria-current]{background:#962d22}
.breadcrumbs ol{list-style:none;display:flex;flex-wrap:wrap;padding:0;margin:16px 0 0;font:13px Arial,sans-serif;color:#666}
.breadcrumbs li+li::before{content:"›";margin:0 7px;color:#999}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:28px;padding-top:14px;padding-bottom:40px}
.content-col{background:#fff;padding:28px 40px;border:1px solid #e2e2de}
h1{font-size:36px;line-height:1.2;margin:8px 0 14px}
.standfirst{font-size:20px;line-height:1.45;color:#444;margin:0 0 14px}
.byline{display:flex;gap:14px;align-items:center;font:14px Arial,sans-serif;color:#555;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:9px 0}
.byline .avatar{width:36px;height:36px;border-radius:50%;background:#12263f;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-weight:700}
.reading-time{margin-left:auto}
.article-body p{font-size:18px;margin:0 0 1.1em}
.article-body h2{font:700 24px/1.3 Georgia,serif;margin:1.6em 0 .5em}
.share-bar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:26px 0 0;padding-top:14px;border-top:1px solid #eee;font:13px Arial,sans-serif}
.share-bar a{padding:6px 12px;border-radius:3px;color:#fff}
.share-bar .fb{background:#3b5998}.share-bar .x{background:#111}.share-bar .wa{background:#25a244}.share-bar .copy{background:#777}
.comments{margin-top:36px;border-top:3px solid #12263f;padding-top:6px;font-family:Arial,sans-serif}
.comments h2{font-size:20px}
.comment{border-bottom:1px solid #eee;padding:12px 0}
.comment-meta{font-size:13px;color:#777;margin:0 0 4px}
.comment-meta strong{color:#12263f;margin-right:6px}
.comment p{margin:0 0 6px;font-size:15px}
.comment .actions{font-size:12px;color:#888}
.sidebar .widget{background:#fff;border:1px solid #e2e2de;padding:16px 18px;margin-bottom:24px}
.sidebar h2{font:700 15px Arial,sans-serif;text-transform:uppercase;letter-spacing:.05em;margin:0 0 6px;border-bottom:3px solid #c0392b;padding-bottom:6px}
.popular{list-style:none;padding:0;margin:0}
.popular li{padding:10px 0;border-bottom:1px solid #eee;font:15px/1.4 Georgia,serif}
.popular a{color:#1f2328}
.ad-slot{height:250px;background:repeating-linear-gradient(45deg,#eee,#eee 10px,#f6f6f6 10px,#f6f6f6 20px);display:flex;align-items:center;justify-content:center;color:#aaa;font:12px Arial,sans-serif}
.site-footer{background:#12263f;color:#c9d4e3;font:14px Arial,sans-serif;padding:30px 0 20px}
.site-footer ul{list-style:none;margin:0;padding:0;display:flex;gap:24px}
.site-footer a{color:#c9d4e3}
.site-footer .copy{border-top:1px solid #2b4262;margin-top:22px;padding-top:14px;font-size:12px;color:#8fa3bd}
@media (max-width:880px){.layout{grid-template-columns:1fr}.content-col{padding:20px}.brand-row{flex-direction:column;gap:12px}}`;

const COMMENTS: readonly (readonly [string, string, string, string])[] = [
  [
    'farmgirl_ph',
    '2025-08-30T09:41:00+07:00',
    '30 Aug 2025, 09:41',
    'My father switched to alternate wetting and drying three seasons ago. The pump bill halved.',
  ],
  [
    'K. Lindqvist',
    '2025-08-30T10:15:00+07:00',
    '30 Aug 2025, 10:15',
    'Long read but worth it. The section on canal repairs should be required reading for ministers.',
  ],
  [
    'dewa.putra',
    '2025-08-30T12:02:00+07:00',
    '30 Aug 2025, 12:02',
    'The subak still works because people meet and talk. No app replaces that.',
  ],
];

const POPULAR: readonly (readonly [string, string])[] = [
  ['Mekong salinity reaches record levels for August', '/asia-pacific/mekong-salinity-record'],
  ['Rice export prices ease as harvests improve', '/business/rice-export-prices-ease'],
  ['Indonesia opens new dam in West Java', '/asia-pacific/west-java-dam-opens'],
  ['Heatwave warnings issued across mainland Southeast Asia', '/climate/heatwave-southeast-asia'],
  ['Opinion: Farmers need water data, not slogans', '/opinion/farmers-need-water-data'],
];

export function renderPage(blocks: readonly Block[], words: number): string {
  const minutes = Math.round(words / 230);
  const body = blocks
    .map((b) =>
      b.kind === 'heading'
        ? `        <h2>${escapeHtml(b.text)}</h2>`
        : `        <p>${escapeHtml(b.text)}</p>`,
    )
    .join('\n\n');
  const comments = COMMENTS.map(
    ([who, iso, shown, text], i) => `      <div class="comment" id="comment-${i + 1}">
        <p class="comment-meta"><strong>${escapeHtml(who)}</strong> <time datetime="${iso}">${shown}</time></p>
        <p>${escapeHtml(text)}</p>
        <div class="actions">Like (${7 + i * 5}) · Reply</div>
      </div>`,
  ).join('\n');
  const popular = POPULAR.map(([t, href]) => `        <li><a href="${href}">${escapeHtml(t)}</a></li>`).join(
    '\n',
  );
  const shareUrl = encodeURIComponent('https://meridianpost.example/long-reads/asia-rice-water');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(TITLE)} | The Meridian Post</title>
<meta name="description" content="${escapeHtml(STANDFIRST)}">
<meta name="author" content="Michael Tran">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(TITLE)}">
<meta property="og:site_name" content="The Meridian Post">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="2025-08-30T07:00:00+07:00">
<meta property="article:section" content="Long Reads">
<style>
${CSS}
</style>
</head>
<body>
<!-- Generated by scripts/make-long-article.ts (seed ${SEED}); do not edit by hand. -->
<header class="site-header">
  <div class="topbar">
    <div class="wrap">
      <span>Saturday, 30 August 2025</span>
      <span><a href="/about">About us</a><a href="/newsletters">Newsletters</a><a href="/login">Sign in</a></span>
    </div>
  </div>
  <div class="wrap brand-row">
    <div>
      <a class="logo" href="/">The Meridian<span>Post</span></a>
      <span class="tagline">Independent world news since 1998</span>
    </div>
    <form class="site-search" role="search" action="/search" method="get">
      <input type="search" name="q" placeholder="Search news..." aria-label="Search news">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main menu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/world">World</a></li>
      <li><a href="/asia-pacific">Asia-Pacific</a></li>
      <li><a href="/business">Business</a></li>
      <li><a href="/climate">Climate</a></li>
      <li><a href="/long-reads" aria-current="page">Long Reads</a></li>
      <li><a href="/opinion">Opinion</a></li>
    </ul>
  </nav>
</header>

<div class="wrap">
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/long-reads">Long Reads</a></li>
      <li><a href="/climate">Climate</a></li>
    </ol>
  </nav>
</div>

<main class="wrap layout">
  <div class="content-col">
    <article class="post" itemscope itemtype="https://schema.org/NewsArticle">
      <div class="article-head">
        <h1 itemprop="headline">${escapeHtml(TITLE)}</h1>
        <p class="standfirst" itemprop="description">${escapeHtml(STANDFIRST)}</p>
        <div class="byline">
          <span class="avatar" aria-hidden="true">MT</span>
          <span>By <a rel="author" href="/authors/michael-tran" itemprop="author">Michael Tran</a>, Can Tho and Klaten</span>
          <span>·</span>
          <time datetime="2025-08-30T07:00:00+07:00" itemprop="datePublished">30 August 2025, 07:00 WIB</time>
          <span class="reading-time">${minutes} min read</span>
        </div>
      </div>

      <div class="article-body" itemprop="articleBody">
${body}
      </div>

      <div class="share-bar">
        <span>Share:</span>
        <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=${shareUrl}">Facebook</a>
        <a class="x" href="https://twitter.com/intent/tweet?url=${shareUrl}">X</a>
        <a class="wa" href="https://wa.me/?text=${shareUrl}">WhatsApp</a>
        <a class="copy" href="#copy">Copy link</a>
      </div>
    </article>

    <section id="comments" class="comments">
      <h2>Comments (${COMMENTS.length})</h2>
${comments}
    </section>
  </div>

  <aside class="sidebar">
    <section class="widget">
      <h2>Most read</h2>
      <ol class="popular">
${popular}
      </ol>
    </section>
    <section class="widget">
      <div class="ad-slot">Advertisement</div>
    </section>
  </aside>
</main>

<footer class="site-footer">
  <div class="wrap">
    <ul>
      <li><a href="/about">About us</a></li>
      <li><a href="/editorial-standards">Editorial standards</a></li>
      <li><a href="/rss">RSS feeds</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
    <p class="copy">© 2025 The Meridian Post. All rights reserved.</p>
  </div>
</footer>
</body>
</html>
`;
}

export function main(): void {
  const blocks = buildBlocks();
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const headings = blocks.length - paragraphs.length;
  const paragraphWords = paragraphs.reduce((n, b) => n + countWords(b.text), 0);
  const bodyWords = blocks.reduce((n, b) => n + countWords(b.text), 0);
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, renderPage(blocks, bodyWords));
  console.log(OUTPUT_PATH);
  console.log(
    `paragraphs: ${paragraphs.length}, headings: ${headings}, words: ${bodyWords} (paragraphs only: ${paragraphWords})`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
