import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, HIGHLIGHTS } from '../../src/content/highlights/highlighter';
import { groupIntoBlocks } from '../../src/dom/blocks';
import { type TermRange, termRanges } from '../../src/dom/ranges';
import { makePage, removePages, textNodes, windowOf } from './support';

afterEach(removePages);

interface Registry {
  get(name: string): { size: number; has(r: Range): boolean } | undefined;
  set(name: string, h: unknown): void;
  has(name: string): boolean;
  clear(): void;
}

function setup(): { win: Window; registry: Registry; terms: TermRange[] } {
  const doc = makePage(
    '<p>Jokowi ke Jakarta, lalu Jokowi ke Bandung bersama Budi.</p><h2>Dua</h2><p>Jokowi lagi.</p>',
  );
  const blocks = groupIntoBlocks(textNodes(doc.body));
  const at = (block: number, text: string, entryId: string | null, from = 0) => {
    const start = blocks[block]?.text.indexOf(text, from) ?? -1;
    return { block, start, end: start + text.length, entryId, text };
  };
  const terms = termRanges(doc, blocks, [
    at(0, 'Jokowi', 'jokowi'),
    at(0, 'Jakarta', 'jakarta'),
    at(0, 'Jokowi', 'jokowi', 5),
    at(0, 'Budi', null),
    at(2, 'Jokowi', 'jokowi'),
  ]);
  const win = windowOf(doc);
  const registry = (win as unknown as { CSS: { highlights: Registry } }).CSS.highlights;
  return { win, registry, terms };
}

const sizes = (registry: Registry) =>
  Object.fromEntries(Object.values(HIGHLIGHTS).map((name) => [name, registry.get(name)?.size ?? 0]));

describe('createHighlighter', () => {
  it.each<[string, Record<string, number>]>([
    // First uses per section (Jokowi, Jakarta, Jokowi after the heading); the repeat; Budi unknown.
    ['first-in-section', { [HIGHLIGHTS.first]: 3, [HIGHLIGHTS.term]: 1, [HIGHLIGHTS.unknown]: 1 }],
    ['all', { [HIGHLIGHTS.first]: 4, [HIGHLIGHTS.term]: 0, [HIGHLIGHTS.unknown]: 1 }],
    ['none', {}],
  ])('draws the terms with density %s', (density, expected) => {
    const { win, registry, terms } = setup();
    const highlighter = createHighlighter(win);
    expect(highlighter.supported).toBe(true);
    highlighter.apply(terms, density as 'all');
    expect(sizes(registry)).toEqual({
      [HIGHLIGHTS.first]: 0,
      [HIGHLIGHTS.term]: 0,
      [HIGHLIGHTS.unknown]: 0,
      [HIGHLIGHTS.learning]: 0,
      [HIGHLIGHTS.known]: 0,
      ...expected,
    });
  });

  it('puts the right ranges in each highlight', () => {
    const { win, registry, terms } = setup();
    createHighlighter(win).apply(terms, 'first-in-section');
    const repeat = terms.find((t) => !t.first) as TermRange;
    expect(registry.get(HIGHLIGHTS.term)?.has(repeat.range)).toBe(true);
    expect(registry.get(HIGHLIGHTS.first)?.has(repeat.range)).toBe(false);
    const unknown = terms.find((t) => t.annotation.entryId === null) as TermRange;
    expect(registry.get(HIGHLIGHTS.unknown)?.has(unknown.range)).toBe(true);
  });

  it('a new apply replaces the earlier highlights; none clears them', () => {
    const { win, registry, terms } = setup();
    const highlighter = createHighlighter(win);
    highlighter.apply(terms, 'first-in-section');
    highlighter.apply(terms.slice(0, 1), 'first-in-section');
    expect(registry.get(HIGHLIGHTS.first)?.size).toBe(1);
    expect(registry.has(HIGHLIGHTS.term)).toBe(false);
    highlighter.apply(terms, 'none');
    expect(registry.has(HIGHLIGHTS.first)).toBe(false);
  });

  it('restores highlights the page removed, and only then says it did', () => {
    const { win, registry, terms } = setup();
    const highlighter = createHighlighter(win);
    highlighter.apply(terms, 'first-in-section');
    expect(highlighter.restore()).toBe(false);
    registry.clear();
    expect(highlighter.restore()).toBe(true);
    expect(registry.get(HIGHLIGHTS.first)?.size).toBe(3);
    expect(highlighter.restore()).toBe(false);
  });

  it("clears its own highlights only, leaving the page's", () => {
    const { win, registry, terms } = setup();
    const Highlight = (win as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
    registry.set('page-own', new Highlight(terms[0]?.range as Range));
    const highlighter = createHighlighter(win);
    highlighter.applyGroups({ [HIGHLIGHTS.learning]: [terms[1]?.range as Range], [HIGHLIGHTS.known]: [] });
    expect(registry.get(HIGHLIGHTS.learning)?.size).toBe(1);
    expect(registry.has(HIGHLIGHTS.known)).toBe(false);
    highlighter.clear();
    expect(registry.has(HIGHLIGHTS.learning)).toBe(false);
    expect(registry.has('page-own')).toBe(true);
  });

  it('does nothing, without failing, where the API is missing', () => {
    const { terms } = setup();
    const highlighter = createHighlighter({} as Window);
    expect(highlighter.supported).toBe(false);
    highlighter.apply(terms, 'all');
    expect(highlighter.restore()).toBe(false);
    highlighter.clear();
  });
});
