// Huge pages (issue 16): the numbered copy is cut to ARTICLE_LIMITS, a page nested too deep is
// refused before it is parsed, and a huge article is reported (and kept for annotation) up to the
// limits, saying how much of it was read. On the path that ships, with the parse run in the page.
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_LIMITS } from '../../src/contract/offscreen-api';
import { DEFAULT_DETECT_OPTIONS, type DetectHost, detectArticle } from '../../src/dom/detect-article';
import { examinePage, type LanguageTools } from '../../src/dom/examine-page';
import { MAP_ATTRIBUTE } from '../../src/dom/map-article';
import { parseNumberedHtml } from '../../src/dom/parse-numbered';
import { serializeNumbered } from '../../src/dom/serialize-numbered';
import { makePage, prose, removePages } from './support';

afterEach(removePages);

const inPage: DetectHost = {
  parse: async (html) => parseNumberedHtml(html, DEFAULT_DETECT_OPTIONS),
  pause: async () => undefined,
};
const language: LanguageTools = { detect: async () => null, guess: async () => 'id' };

const TITLE = 'Artikel yang sangat panjang';
const article = (paragraphs: string[]) =>
  `<main><article><h1>${TITLE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main>`;
const articlePage = (body: string) => makePage(body, { title: TITLE });

describe('the numbered copy of a huge page', () => {
  it('stops after the text node that passes the characters, every element closed', () => {
    const doc = makePage('<div><p>aaaa</p><p>bbbb<b>cccc</b></p></div><p>dddd</p>');
    const { html, live, cut } = serializeNumbered(doc, { chars: 6, elements: 1_000 });
    expect(cut).toBe(true);
    const copy = new DOMParser().parseFromString(html, 'text/html');
    // The title's text (9 characters) passes the budget: nothing of the body is copied after it.
    expect(copy.title).toBe('Test page');
    expect(copy.body.textContent).toBe('');
    expect(live).toEqual(Array.from(doc.getElementsByTagName('*')).slice(0, live.length));
    const whole = serializeNumbered(doc, { chars: 24, elements: 1_000 });
    const text = new DOMParser().parseFromString(whole.html, 'text/html').body.textContent;
    // With the title's 9, the four texts take it to 13, 17, 21 and 25: all copied, nothing left out.
    expect(text).toBe('aaaabbbbccccdddd');
    expect(whole.cut).toBe(false);
    // Past 16 after "bbbb": the copy ends there.
    const part = serializeNumbered(doc, { chars: 16, elements: 1_000 });
    const partCopy = new DOMParser().parseFromString(part.html, 'text/html');
    expect(partCopy.body.textContent).toBe('aaaabbbb');
    expect(part.cut).toBe(true);
    // Each element copied is closed where it was: "dddd"'s paragraph is not inside the div.
    expect(partCopy.querySelectorAll(`[${MAP_ATTRIBUTE}]`)).toHaveLength(part.live.length);
    expect(partCopy.querySelector('div > p + p')).not.toBeNull();
  });

  it('stops after the element that passes the elements', () => {
    const doc = makePage(Array.from({ length: 50 }, (_, i) => `<p>${i}</p>`).join(''));
    const all = doc.getElementsByTagName('*').length;
    const { live, cut } = serializeNumbered(doc, { chars: 1_000_000, elements: 20 });
    expect(cut).toBe(true);
    expect(live.length).toBe(21);
    expect(serializeNumbered(doc, { chars: 1_000_000, elements: all }).cut).toBe(false);
  });

  it('measures the deepest nesting', () => {
    const doc = makePage(`${'<div>'.repeat(30)}<p>x</p>${'</div>'.repeat(30)}`);
    // <html> 0, <body> 1, the 30 divs 2 to 31, the paragraph 32.
    expect(serializeNumbered(doc).depth).toBe(32);
  });
});

describe('a huge page', () => {
  it('nested too deep is refused with the reason, before it is parsed', async () => {
    const depth = ARTICLE_LIMITS.depth + 20;
    const doc = articlePage(
      `${'<div>'.repeat(depth)}${article([prose(0), prose(1)])}${'</div>'.repeat(depth)}`,
    );
    let parsed = 0;
    const host: DetectHost = {
      ...inPage,
      parse: (html) => {
        parsed++;
        return inPage.parse(html);
      },
    };
    const result = await detectArticle(doc, DEFAULT_DETECT_OPTIONS, host);
    expect(result).toEqual({
      kind: 'failed',
      reason: `the page is too large to read (elements nested ${depth + 4} deep; the limit is ${ARTICLE_LIMITS.depth})`,
    });
    expect(parsed).toBe(0);
    // Nested as deep as the limit, it is read.
    const within = ARTICLE_LIMITS.depth - 5;
    const ok = articlePage(
      `${'<div>'.repeat(within)}${article([prose(0), prose(1)])}${'</div>'.repeat(within)}`,
    );
    expect((await detectArticle(ok, DEFAULT_DETECT_OPTIONS, inPage)).kind).toBe('article');
  });

  it('with more paragraphs than the limit is reported and kept up to it, and says how many it read', async () => {
    const paragraphs = Array.from(
      { length: ARTICLE_LIMITS.blocks + 200 },
      (_, i) => `(${i}) ${prose(i).slice(0, 30).trim()}`,
    );
    const doc = articlePage(article(paragraphs));
    const { report, detection } = await examinePage(doc, language, {}, inPage.parse);
    expect(report.kind).toBe('article');
    if (report.kind !== 'article' || detection?.kind !== 'article') return;
    const body = report.blocks.filter((b) => b.kind !== 'headline');
    expect(report.blocks.length).toBe(ARTICLE_LIMITS.blocks);
    expect(report.cut).toBe(body.length);
    // From the start, in order; the live blocks kept are the same, for the annotation to match.
    expect(body.map((b) => b.text.trim())).toEqual(paragraphs.slice(0, body.length));
    expect(detection.blocks.map((b) => b.text)).toEqual(report.blocks.map((b) => b.text));
  }, 30_000);

  it('with more text than the limit is read from its start, up to the limit', async () => {
    const long = (i: number) => `(${i}) ${prose(i).repeat(Math.ceil(ARTICLE_LIMITS.chars / 8 / 300))}`;
    const paragraphs = Array.from({ length: 12 }, (_, i) => long(i));
    const doc = articlePage(article(paragraphs));
    const { report } = await examinePage(doc, language, {}, inPage.parse);
    expect(report.kind).toBe('article');
    if (report.kind !== 'article') return;
    const body = report.blocks.filter((b) => b.kind !== 'headline').map((b) => b.text.trim());
    expect(body.length).toBeGreaterThan(0);
    expect(body.length).toBeLessThan(paragraphs.length);
    expect(body).toEqual(paragraphs.slice(0, body.length));
    expect(report.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(ARTICLE_LIMITS.chars);
    expect(report.cut).toBe(body.length);
  });

  it('an article within the limits says nothing of a cut', async () => {
    const doc = articlePage(article(Array.from({ length: 20 }, (_, i) => prose(i))));
    const { report } = await examinePage(doc, language, {}, inPage.parse);
    expect(report.kind).toBe('article');
    expect(report).not.toHaveProperty('cut');
  });
});
