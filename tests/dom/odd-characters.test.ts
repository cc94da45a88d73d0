// Text a page's script can put in its DOM but no HTML file can carry (a NUL, a lone surrogate) and
// characters the HTML parser rewrites (CR): the numbered copy still maps back onto every live text
// node, so that a page cannot hide its article from Lentera with one such character a paragraph.
import { afterEach, describe, expect, it } from 'vitest';
import { groupIntoBlocks } from '../../src/dom/blocks';
import { liveTextNodes } from '../../src/dom/map-article';
import { parseNumberedHtml } from '../../src/dom/parse-numbered';
import { serializeNumbered } from '../../src/dom/serialize-numbered';
import { makePage, prose, removePages } from './support';

afterEach(removePages);

describe('serialise → parse → map, with odd characters', () => {
  it.each([
    ['a NUL', '\u0000'],
    ['NULs', '\u0000\u0000 \u0000'],
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate', '\uDC00'],
    ['a CR', '\r'],
    ['U+FFFF', '\uFFFF'],
    ['U+FFFD', '\uFFFD'],
  ])('maps every paragraph holding %s onto its live text, as the page has it', (_what, odd) => {
    const doc = makePage('<main><article><h1>Judul</h1><div id="story"></div></article></main>', {
      title: 'Judul',
    });
    const story = doc.getElementById('story') as HTMLElement;
    for (let i = 0; i < 6; i++) {
      const p = doc.createElement('p');
      p.append(`${prose(i)} Direktur Qarvelo${odd} Ansyah membantah.`);
      story.append(p);
    }
    const before = doc.documentElement.outerHTML;
    const { html, live } = serializeNumbered(doc);
    const outcome = parseNumberedHtml(html, { maxElements: 10_000, timeBudgetMs: 2_000 });
    if (outcome.kind !== 'parsed') throw new Error(`not parsed: ${outcome.kind}`);
    const { nodes, unmapped } = liveTextNodes(outcome.texts, live);
    expect(unmapped).toBe(0);
    expect(nodes).toHaveLength(6);
    const blocks = groupIntoBlocks(nodes);
    expect(blocks.every((b) => b.text.includes(`Qarvelo${odd} Ansyah`))).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
