import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/glossary/annotate';
import { groupIntoBlocks, type LiveBlock } from '../../src/dom/blocks';
import { pointAt, rangeAt, termRanges } from '../../src/dom/ranges';
import { makePage, removePages, textNodes } from './support';

afterEach(removePages);

function page(html: string): { doc: Document; blocks: LiveBlock[] } {
  const doc = makePage(html);
  return { doc, blocks: groupIntoBlocks(textNodes(doc.body)) };
}

// "Presiden " (0–9) "Joko" (9–13) " Widodo" (13–20) "\n" "berkunjung" (21–31)
const PRESIDENT = '<p>Presiden <b>Joko</b> Widodo<br>berkunjung</p>';

describe('pointAt', () => {
  it.each<[number, boolean, string | null, number]>([
    [0, false, 'Presiden ', 0],
    [4, false, 'Presiden ', 4],
    // At a boundary, a start goes into the next node and an end stays in the previous one.
    [9, false, 'Joko', 0],
    [9, true, 'Presiden ', 9],
    [13, false, ' Widodo', 0],
    [13, true, 'Joko', 4],
    [20, true, ' Widodo', 7],
    [21, false, 'berkunjung', 0],
    [31, true, 'berkunjung', 10],
    [32, true, null, 0],
    [-1, false, null, 0],
  ])('offset %i (end: %s) → %s %i', (offset, preferEnd, data, inNode) => {
    const { blocks } = page(PRESIDENT);
    const point = pointAt(blocks[0] as LiveBlock, offset, preferEnd);
    if (data === null) expect(point).toBeNull();
    else expect(point && [point.node.data, point.offset]).toEqual([data, inNode]);
  });
});

describe('rangeAt', () => {
  it.each<[number, number, string]>([
    [9, 20, 'Joko Widodo'],
    [0, 13, 'Presiden Joko'],
    [10, 12, 'ok'],
    [14, 31, 'Widodoberkunjung'],
  ])('%i–%i reads %s', (start, end, text) => {
    const { doc, blocks } = page(PRESIDENT);
    const range = rangeAt(doc, blocks[0] as LiveBlock, start, end);
    expect(range?.toString()).toBe(text);
  });

  it('ends a range at the end of a node, not at the start of the next', () => {
    const { doc, blocks } = page(PRESIDENT);
    const range = rangeAt(doc, blocks[0] as LiveBlock, 9, 13);
    expect(range?.startContainer).toBe(range?.endContainer);
    expect(range?.endContainer.textContent).toBe('Joko');
  });

  it('gives null once a node has left the page', () => {
    const { doc, blocks } = page(PRESIDENT);
    doc.querySelector('b')?.remove();
    expect(rangeAt(doc, blocks[0] as LiveBlock, 9, 20)).toBeNull();
    expect(rangeAt(doc, blocks[0] as LiveBlock, 0, 8)?.toString()).toBe('Presiden');
  });

  it('gives null when the text got shorter than the offsets', () => {
    const { doc, blocks } = page(PRESIDENT);
    const joko = textNodes(doc.body)[1] as Text;
    joko.data = 'J';
    expect(rangeAt(doc, blocks[0] as LiveBlock, 9, 13)).toBeNull();
  });
});

describe('termRanges', () => {
  const ARTICLE = `
    <p>Presiden <b>Joko</b> Widodo bertemu Jokowi di Jakarta.</p>
    <p>Di Jakarta, Joko Widodo berbicara lagi.</p>
    <pre>Jakarta dalam kode</pre>
    <h2>Bagian dua</h2>
    <p>Kembali ke Jakarta bersama Prabowo.</p>`;

  /** An annotation of the first occurrence of `text` in the block, from `from`. */
  function at(
    blocks: LiveBlock[],
    block: number,
    text: string,
    entryId: string | null,
    from = 0,
  ): Annotation {
    const start = (blocks[block] as LiveBlock).text.indexOf(text, from);
    if (start < 0) throw new Error(`no ${text} in block ${block}`);
    return { block, start, end: start + text.length, entryId, text };
  }

  it('turns annotations into ranges across text nodes, first use per section marked', () => {
    const { doc, blocks } = page(ARTICLE);
    const annotations = [
      at(blocks, 0, 'Joko Widodo', 'jokowi'),
      at(blocks, 0, 'Jokowi', 'jokowi'),
      at(blocks, 0, 'Jakarta', 'jakarta'),
      at(blocks, 1, 'Jakarta', 'jakarta'),
      at(blocks, 1, 'Joko Widodo', 'jokowi'),
      at(blocks, 2, 'Jakarta', 'jakarta'),
      at(blocks, 4, 'Jakarta', 'jakarta'),
      at(blocks, 4, 'Prabowo', null),
    ];
    const out = termRanges(doc, blocks, annotations);
    expect(out.map((t) => [t.range.toString(), t.first, t.order])).toEqual([
      ['Joko Widodo', true, 0],
      ['Jokowi', false, 1],
      ['Jakarta', true, 2],
      ['Jakarta', false, 3],
      ['Joko Widodo', false, 4],
      // (The code block is left out.) After the heading, a new section: first again.
      ['Jakarta', true, 5],
      ['Prabowo', true, 6],
    ]);
    expect(out[0]?.range.startContainer).not.toBe(out[0]?.range.endContainer);
    expect(out[0]?.annotation).toBe(annotations[0]);
  });

  it('skips annotations whose text changed or left the page, and unknown blocks', () => {
    const { doc, blocks } = page(ARTICLE);
    const annotations = [
      at(blocks, 0, 'Joko Widodo', 'jokowi'),
      at(blocks, 0, 'Jakarta', 'jakarta'),
      at(blocks, 1, 'Joko Widodo', 'jokowi'),
      at(blocks, 4, 'Prabowo', 'prabowo'),
      { block: 9, start: 0, end: 3, entryId: 'x', text: 'abc' },
    ];
    // The first paragraph's bold name is rewritten; the second paragraph is removed.
    const bold = doc.querySelector('b')?.firstChild as Text;
    bold.data = 'Jaka';
    doc.querySelectorAll('p')[1]?.remove();
    const out = termRanges(doc, blocks, annotations);
    // The name in the rewritten node and the removed paragraph are gone; "Jakarta", in a node of
    // its own beside the rewritten one, still stands where it was.
    expect(out.map((t) => [t.range.toString(), t.order])).toEqual([
      ['Jakarta', 0],
      ['Prabowo', 1],
    ]);
  });

  it('treats unknown names as one entry per text', () => {
    const { doc, blocks } = page('<p>Budi dan Budi bertemu Siti.</p>');
    const out = termRanges(doc, blocks, [
      at(blocks, 0, 'Budi', null),
      at(blocks, 0, 'Budi', null, 1),
      at(blocks, 0, 'Siti', null),
    ]);
    expect(out.map((t) => [t.range.toString(), t.first])).toEqual([
      ['Budi', true],
      ['Budi', false],
      ['Siti', true],
    ]);
  });

  it('ranges survive the rest of the page changing around them', () => {
    const { doc, blocks } = page(ARTICLE);
    const [term] = termRanges(doc, blocks, [at(blocks, 1, 'Joko Widodo', 'jokowi')]);
    doc.body.prepend(doc.createElement('div'));
    doc.querySelectorAll('p')[0]?.remove();
    expect(term?.range.toString()).toBe('Joko Widodo');
  });
});
