// The gate on pages written to imitate what it got wrong on real articles (issue 13), and on pages
// it must still reject. Each article here is one that Readability's `isProbablyReaderable` says no
// to (short paragraphs; text in <div>s with no <p>) or that the listing rule took for a listing (a
// list of related links under the story); each non-article is parsed and then rejected by the
// rules on the parsed article, not by the pre-check.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DETECT_OPTIONS, type DetectHost, detectArticle } from '../../src/dom/detect-article';
import { parseNumberedHtml } from '../../src/dom/parse-numbered';
import { makePage, prose, removePages } from './support';

afterEach(removePages);

/** The host of the path that ships, parsing in the page; counts its parses. */
function countingHost(): DetectHost & { parses: number } {
  const host = {
    parses: 0,
    parse: async (html: string) => {
      host.parses++;
      return parseNumberedHtml(html, DEFAULT_DETECT_OPTIONS);
    },
    pause: async () => undefined,
  };
  return host;
}

const NAV = `<header><a href="/">Kabar Kota</a><nav><a href="/news">News</a> <a href="/city">City</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>`;
const FOOTER = `<footer><a href="/about">About us</a> <a href="/contact">Contact</a> <span>© 2024 Kabar Kota</span></footer>`;

// Twelve short paragraphs, one or two sentences each, all under Readability's 140 characters.
const SHORT = [
  'The city council voted on Tuesday to close the old harbour bridge to cars.',
  'The bridge, built in 1931, will stay open to people on foot and on bicycles.',
  'Engineers found cracks in two of its steel supports during an inspection in May.',
  'Repairs would cost more than building a new crossing, the council was told.',
  'Shop owners on the east bank fear they will lose customers. Some plan to protest.',
  '"We were not asked," said Maria Ortega, who runs a bakery near the bridge.',
  'The mayor said the decision was about safety, not money.',
  'A temporary ferry will carry cars across the river from next month.',
  'It will run every twenty minutes between six in the morning and midnight.',
  'Tickets will cost the same as a bus fare for the first year.',
  'A design for the new bridge is expected before the end of the year.',
  'Work could start in 2026 if the regional government agrees to pay half.',
];
const SHORT_TITLE = 'Old harbour bridge to close to cars after cracks found';

// Text in <div>s with no <p>: one <div> a paragraph.
const DIVS = [
  'Farmers in the valley have started harvesting rice two weeks earlier than usual this year, after a dry spell that began in late spring and has not yet ended, according to the regional agriculture office.',
  'The office said the yield per hectare had fallen by about a fifth compared with last year, and that smaller farms without their own wells had been hit the hardest by the shortage of water.',
  'Several villages have set up rotas to share the water from the river, with each field getting a few hours every other day, a system that older farmers say they last used in the drought of 1997.',
  'Traders at the central market said the price of rice had already begun to rise, and that they expected it to go on rising until the next harvest unless the government released some of its reserves.',
  'The agriculture minister is due to visit the valley next week and is expected to announce help for the farmers, including seed for a second planting and loans for digging new wells.',
];
const DIVS_TITLE = 'Dry spell forces early rice harvest in the valley';

function articlePage(title: string, body: string): Document {
  return makePage(`${NAV}<main>${body}</main>${FOOTER}`, { title: `${title} | Kabar Kota`, lang: 'en' });
}

describe('articles the gate rejected', () => {
  it('an article of twelve short paragraphs', async () => {
    const doc = articlePage(
      SHORT_TITLE,
      // No <article>: isProbablyReaderable would count its whole text as one node.
      `<div class="entry"><h1>${SHORT_TITLE}</h1><p class="byline">By Ana Lima</p>${SHORT.map((s) => `<p>${s}</p>`).join('')}</div>`,
    );
    expect(isProbablyReaderable(doc)).toBe(false);
    const result = await detectArticle(doc, DEFAULT_DETECT_OPTIONS, countingHost());
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.trim())).toEqual(SHORT);
    expect(result.blocks[0]).toMatchObject({ kind: 'headline', text: SHORT_TITLE });
  });

  it('an article whose text is only in <div>s', async () => {
    const doc = articlePage(
      DIVS_TITLE,
      `<div class="story"><h1>${DIVS_TITLE}</h1><div class="story-body">${DIVS.map((s) => `<div>${s}</div>`).join('')}</div></div>`,
    );
    expect(doc.querySelector('p')).toBeNull();
    expect(isProbablyReaderable(doc)).toBe(false);
    const result = await detectArticle(doc, DEFAULT_DETECT_OPTIONS, countingHost());
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.trim())).toEqual(DIVS);
  });

  it('an article followed by a list of fifteen related links', async () => {
    const related = Array.from(
      { length: 15 },
      (_, i) => `<li><a href="/news/${i}">Another story from the city, number ${i + 1} of the day</a></li>`,
    ).join('');
    const title = 'Jalur kereta baru menghubungkan pelabuhan';
    const doc = articlePage(
      title,
      `<article><h1>${title}</h1>${[0, 1, 2, 3, 4].map((i) => `<p>${prose(i)}</p>`).join('')}<h3>More from Kabar Kota</h3><ul class="list-news">${related}</ul></article>`,
    );
    expect(isProbablyReaderable(doc)).toBe(true);
    const result = await detectArticle(doc, DEFAULT_DETECT_OPTIONS, countingHost());
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.trim())).toEqual(
      [0, 1, 2, 3, 4].map(prose),
    );
  });

  it('short paragraphs in <div>s, followed by related links', async () => {
    const related = Array.from(
      { length: 10 },
      (_, i) => `<div><a href="/news/${i}">Another story from the city, number ${i + 1} of the day</a></div>`,
    ).join('');
    const doc = articlePage(
      SHORT_TITLE,
      `<div class="story"><h1>${SHORT_TITLE}</h1>${SHORT.map((s) => `<div>${s}</div>`).join('')}<div class="list-news">${related}</div></div>`,
    );
    expect(isProbablyReaderable(doc)).toBe(false);
    const result = await detectArticle(doc, DEFAULT_DETECT_OPTIONS, countingHost());
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.trim())).toEqual(
      expect.arrayContaining(SHORT),
    );
  });
});

const HEADLINES = [
  'Council votes to close old harbour bridge to cars',
  'Dry spell forces early rice harvest in the valley',
  'New ferry timetable announced for the river crossing',
  'Local team wins regional football cup after penalties',
  'Museum reopens after two years of repairs to its roof',
  'Bus fares to rise by ten per cent from January',
  'School build delayed again as costs climb',
  'Night market returns to the old town square',
  'Hospital opens new wing for children and families',
  'Police warn of phone scams targeting older people',
  'Rain expected to return at the weekend, forecasters say',
  'Writers festival announces its programme for the autumn',
];

describe('pages that must still be rejected, after parsing', () => {
  async function rejected(doc: Document, reason: RegExp) {
    expect(isProbablyReaderable(doc)).toBe(false);
    const host = countingHost();
    const result = await detectArticle(doc, DEFAULT_DETECT_OPTIONS, host);
    expect(result.kind).toBe('not-article');
    expect(result.kind === 'not-article' && result.reason).toMatch(reason);
    // Decided on the parsed article, not before.
    expect(host.parses).toBe(1);
  }

  it('a home page of headlines', async () => {
    const teaser = (h: string, i: number) =>
      `<div class="card"><h3><a href="/news/${i}">${h}</a></h3><div class="teaser">${SHORT[i % SHORT.length]}</div><span class="time">${i + 1} hours ago</span></div>`;
    const doc = makePage(
      `${NAV}<main><section><h2>Top stories</h2>${HEADLINES.slice(0, 6).map(teaser).join('')}</section>` +
        `<section><h2>City</h2>${HEADLINES.slice(6)
          .map((h, i) => teaser(h, i + 6))
          .join('')}</section>` +
        `<section><h2>Most read</h2><ol>${HEADLINES.map((h, i) => `<li><a href="/read/${i}">${h}</a></li>`).join('')}</ol></section></main>${FOOTER}`,
      { title: 'Kabar Kota – news from the city', lang: 'en' },
    );
    await rejected(doc, /a list of links to articles/);
  });

  it('a search results page', async () => {
    const result = (h: string, i: number) =>
      `<li class="result"><h3><a href="/news/${i}">${h}</a></h3><cite>kabarkota.test/news/${i}</cite><div class="snippet">${SHORT[i % SHORT.length]} …</div></li>`;
    const doc = makePage(
      `${NAV}<main><form><input type="search" value="bridge"><button>Search</button></form><h1>Results for “bridge”</h1><p>About 120 results</p><ol class="results">${HEADLINES.slice(0, 10).map(result).join('')}</ol><nav><a href="?page=2">Next page</a></nav></main>${FOOTER}`,
      { title: 'bridge – Search – Kabar Kota', lang: 'en' },
    );
    await rejected(doc, /a list of links to articles/);
  });

  it('an app', async () => {
    const tasks = [
      'Renew passport before the trip',
      'Call the plumber about the kitchen sink',
      'Buy a birthday present for Sam',
      'Send the quarterly report to the team',
      'Book a table for Friday evening',
      'Pay the electricity bill',
      'Pick up the dry cleaning on Thursday',
      'Write the agenda for the Monday meeting',
      'Return the library books',
      'Order new ink for the printer',
      'Plan the route for the weekend hike',
      'Ask the landlord about the broken window',
    ];
    const doc = makePage(
      `<div class="app"><header><span class="app-name">Tugasku</span><input type="search" placeholder="Search tasks"><button>Settings</button></header>` +
        `<aside><button>New task</button><ul><li><a href="#inbox">Inbox</a> 12</li><li><a href="#today">Today</a> 3</li><li><a href="#later">Later</a></li></ul></aside>` +
        `<div class="list"><ul class="items">${tasks.map((t, i) => `<li><input type="checkbox"><span class="title">${t}</span><span class="tag">${i % 2 ? 'home' : 'work'}</span><span class="due">${i + 1} May</span></li>`).join('')}</ul></div>` +
        `<div class="detail"><label>Title</label><input value="Renew passport"><label>Notes</label><textarea>Take two photos and the old passport. The office opens at nine.</textarea><div>Created 3 May by you. Last changed yesterday at 18:20.</div><button>Save</button><button>Delete</button></div></div>`,
      { title: 'Inbox (12) – Tugasku', lang: 'en' },
    );
    await rejected(doc, /no article-like text/);
  });

  it('a page of feature cards: a sentence under each heading', async () => {
    const features = [
      ['Offline maps', 'Download the maps of a whole region and find your way without a connection.'],
      ['Live traffic', 'See where the roads are busy and get a faster route before you set off.'],
      ['Saved places', 'Keep your home, your work and your favourite cafes one tap away from the start.'],
      ['Trip sharing', 'Send your route to a friend so that they know when you will arrive.'],
      ['Night mode', 'Darker colours after sunset that are easier on the eyes while you drive.'],
      ['Voice guidance', 'Clear spoken directions in more than forty languages and many accents.'],
      ['Speed alerts', 'A gentle sound when you drive faster than the limit on the road you are on.'],
    ];
    const doc = makePage(
      `${NAV}<main><h1>Everything the app can do</h1>${features.map(([h, p], i) => `<section><h2>${h}</h2><p>${p}</p><a href="/features/${i}">Learn more about ${h?.toLowerCase()}</a></section>`).join('')}</main>${FOOTER}`,
      { title: 'Features – Peta', lang: 'en' },
    );
    await rejected(doc, /a sentence or so under each of many headings/);
  });
});
