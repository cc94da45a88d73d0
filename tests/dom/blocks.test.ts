import { afterEach, describe, expect, it } from 'vitest';
import {
  blockElementOf,
  gapBetween,
  groupIntoBlocks,
  isExcluded,
  isInsideExcluded,
  kindOf,
} from '../../src/dom/blocks';
import { $, makePage, removePages, textNode, textNodes } from './support';

afterEach(removePages);

/** The blocks of the page's body, as [kind, text] pairs. */
function blocksOf(html: string): [string, string][] {
  const doc = makePage(html);
  return groupIntoBlocks(textNodes(doc.body)).map((b) => [b.kind, b.text]);
}

describe('groupIntoBlocks', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'paragraphs',
      '<p>One <b>two</b> three</p><p>Four</p>',
      [
        ['paragraph', 'One two three'],
        ['paragraph', 'Four'],
      ],
    ],
    ['a single <br> is a line break', '<p>Line one<br>line two</p>', [['paragraph', 'Line one\nline two']]],
    [
      '<br><br> separates paragraphs',
      '<div>First<br>still first<br><br>Second<br>\n  <br>Third</div>',
      [
        ['paragraph', 'First\nstill first'],
        ['paragraph', 'Second'],
        ['paragraph', 'Third'],
      ],
    ],
    ['a <br> inside inline markup counts', '<p>a<b>b<br></b>c</p>', [['paragraph', 'ab\nc']]],
    [
      'headings',
      '<h1>Title</h1><h3>Sub</h3><h6>Small</h6>',
      [
        ['heading', 'Title'],
        ['heading', 'Sub'],
        ['heading', 'Small'],
      ],
    ],
    [
      'list items',
      '<ul><li>One</li><li>Two <i>more</i></li></ul><dl><dt>Term</dt><dd>Def</dd></dl>',
      [
        ['list-item', 'One'],
        ['list-item', 'Two more'],
        ['list-item', 'Term'],
        ['list-item', 'Def'],
      ],
    ],
    [
      'quotes, also of paragraphs inside them',
      '<blockquote>Said <em>so</em></blockquote><blockquote><p>Inner</p></blockquote>',
      [
        ['quote', 'Said so'],
        ['quote', 'Inner'],
      ],
    ],
    [
      'captions',
      '<figure><img alt=""><figcaption>Photo: <span>Reuters</span></figcaption></figure><table><caption>Table 1</caption><tr><td>cell</td></tr></table>',
      [
        ['caption', 'Photo: Reuters'],
        ['caption', 'Table 1'],
        ['paragraph', 'cell'],
      ],
    ],
    [
      'code blocks, but not inline code',
      '<pre><code>let x = 1;</code></pre><p>Use <code>x</code> here</p>',
      [
        ['code', 'let x = 1;'],
        ['paragraph', 'Use x here'],
      ],
    ],
    [
      'a block element splits its parent into three blocks',
      '<div>Intro <p>Inner</p> outro</div>',
      [
        ['paragraph', 'Intro '],
        ['paragraph', 'Inner'],
        ['paragraph', ' outro'],
      ],
    ],
    [
      'inline wrappers stay within their block',
      '<p><span><a href="/x">Link</a></span> and <q>quoted</q> text</p>',
      [['paragraph', 'Link and quoted text']],
    ],
  ])('%s', (_name, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it('records where each text node starts in the block text', () => {
    const doc = makePage('<p>Presiden <b>Joko</b><br>Widodo</p>');
    const [block] = groupIntoBlocks(textNodes(doc.body));
    expect(block?.segments.map((s) => [s.node.data, s.start])).toEqual([
      ['Presiden ', 0],
      ['Joko', 9],
      ['Widodo', 14],
    ]);
    for (const s of block?.segments ?? [])
      expect(block?.text.slice(s.start, s.start + s.node.data.length)).toBe(s.node.data);
    expect(block?.element).toBe($(doc, 'p'));
  });

  it('counts link text to other pages only', () => {
    const doc = makePage(
      '<p>See <a href="/story">the story</a>, <a href="#note">a note</a>, <a>an anchor</a> and <a href="https://x.test/"><b>bold</b> link</a></p>',
    );
    const [block] = groupIntoBlocks(textNodes(doc.body));
    expect(block?.linkChars).toBe('the story'.length + 'bold'.length + 'link'.length);
  });

  it('skips text with no block element above it', () => {
    const doc = makePage('<p>kept</p>');
    const loose = doc.createTextNode('loose');
    const span = doc.createElement('span');
    span.append(loose);
    expect(blockElementOf(loose)).toBeNull();
    expect(groupIntoBlocks([loose, textNode(doc.body, 'kept')]).map((b) => b.text)).toEqual(['kept']);
  });
});

describe('white space between inline elements', () => {
  it('keeps the space the reader sees between two inline elements, which no offset points at', () => {
    const doc = makePage(
      '<p><a href="/a">The</a> <a href="/b">Hollywood Reporter</a> and the <i>New Yorker</i>\n<b>story</b>.</p>',
    );
    const nodes = textNodes(doc.body).filter((n) => n.data.trim() !== '');
    const [block] = groupIntoBlocks(nodes);
    expect(block?.text).toBe('The Hollywood Reporter and the New Yorker story.');
    // Every segment's offset still points at its node's own text.
    for (const { node, start } of block?.segments ?? [])
      expect(block?.text.slice(start, start + node.data.length)).toBe(node.data);
  });

  it('adds no space for white space inside an element the article leaves out', () => {
    const doc = makePage('<p>Sensus <b>2017</b><sup> <a href="#r3">[3]</a> </sup>, lalu 2018.</p>');
    const nodes = textNodes(doc.body).filter((n) => n.data.trim() !== '' && !n.parentElement?.closest('sup'));
    expect(groupIntoBlocks(nodes)[0]?.text).toBe('Sensus 2017, lalu 2018.');
  });

  it('adds no space where the page shows none, nor a second one', () => {
    const doc = makePage('<p><b>Rp</b><i>5.000</i> dan <b>kata </b> <i>lain</i></p>');
    const nodes = textNodes(doc.body).filter((n) => n.data.trim() !== '');
    expect(groupIntoBlocks(nodes)[0]?.text).toBe('Rp5.000 dan kata lain');
  });
});

describe('gapBetween: the <br> between two nodes', () => {
  it.each<[string, number]>([
    ['<p><span id="a">a</span><span id="b">b</span></p>', 0],
    ['<p><span id="a">a</span><br><span id="b">b</span></p>', 1],
    ['<p><span id="a">a</span><br><br><br><span id="b">b</span></p>', 2],
    ['<p><span id="a">a</span><i><br></i> <b><br></b><span id="b">b</span></p>', 2],
  ])('%s → %i', (html, expected) => {
    const doc = makePage(html);
    expect(gapBetween(textNode(doc.body, 'a'), textNode(doc.body, 'b')).brs).toBe(expected);
  });

  it('looks no further than its limit', () => {
    const filler = '<i></i>'.repeat(50);
    const doc = makePage(`<p><span>a</span>${filler}<br><br><span>b</span></p>`);
    const [a, b] = [textNode(doc.body, 'a'), textNode(doc.body, 'b')];
    expect(gapBetween(a, b).brs).toBe(0);
    expect(gapBetween(a, b, 200).brs).toBe(2);
  });
});

describe('kindOf', () => {
  it.each<[string, string, string]>([
    ['<h2 id="t">x</h2>', '#t', 'heading'],
    ['<pre id="t">x</pre>', '#t', 'code'],
    ['<code><div id="t">x</div></code>', '#t', 'code'],
    ['<figure><figcaption id="t">x</figcaption></figure>', '#t', 'caption'],
    ['<ol><li id="t">x</li></ol>', '#t', 'list-item'],
    ['<blockquote><div><p id="t">x</p></div></blockquote>', '#t', 'quote'],
    ['<table><tr><td id="t">x</td></tr></table>', '#t', 'paragraph'],
    ['<section id="t">x</section>', '#t', 'paragraph'],
  ])('%s', (html, selector, kind) => {
    expect(kindOf($(makePage(html), selector))).toBe(kind);
  });
});

describe('isExcluded', () => {
  it.each<[string, boolean]>([
    ['<textarea id="t">typed</textarea>', true],
    ['<input id="t" value="typed">', true],
    ['<select id="t"><option>a</option></select>', true],
    ['<select><option id="t">a</option></select>', true],
    ['<button id="t">Send</button>', true],
    ['<script id="t">var a</script>', true],
    ['<style id="t">p{}</style>', true],
    ['<noscript id="t">enable js</noscript>', true],
    ['<svg><text id="t">label</text></svg>', true],
    ['<svg id="t"></svg>', true],
    ['<math><mi id="t">x</mi></math>', true],
    ['<div id="t" contenteditable>edit</div>', true],
    ['<div id="t" contenteditable="true">edit</div>', true],
    ['<div id="t" contenteditable="plaintext-only">edit</div>', true],
    ['<div id="t" contenteditable="false">read</div>', false],
    ['<p id="t">prose</p>', false],
    ['<a id="t" href="/">link</a>', false],
  ])('%s → %s', (html, expected) => {
    expect(isExcluded($(makePage(html), '#t'))).toBe(expected);
  });

  it('isInsideExcluded looks at the ancestors too', () => {
    const doc = makePage(
      '<div contenteditable><p id="in">edited <b id="deep">text</b></p></div><svg><foreignObject><p id="fo">x</p></foreignObject></svg><p id="out">prose</p>',
    );
    expect(isExcluded($(doc, '#deep'))).toBe(false);
    expect(isInsideExcluded($(doc, '#deep'))).toBe(true);
    expect(isInsideExcluded($(doc, '#in'))).toBe(true);
    expect(isInsideExcluded($(doc, '#fo'))).toBe(true);
    expect(isInsideExcluded($(doc, '#out'))).toBe(false);
  });

  // Enumerated attributes are ASCII case-insensitive: contenteditable="FALSE" is not editable,
  // and an invalid value inherits (here from a page that is not editable).
  const NOT_EDITABLE =
    '<div id="a" contenteditable="FALSE">read</div><div id="b" contenteditable="bogus">read</div>';

  it('the browser reads contenteditable="FALSE" and invalid values as not editable', () => {
    const doc = makePage(NOT_EDITABLE);
    for (const id of ['#a', '#b']) expect(($(doc, id) as HTMLElement).isContentEditable).toBe(false);
  });

  // BUG (src/dom/blocks.ts isExcluded): any value but the exact lowercase "false" counts as
  // editable, so such text is never annotated.
  it('isExcluded agrees with the browser on those values', () => {
    const doc = makePage(NOT_EDITABLE);
    for (const id of ['#a', '#b']) expect(isExcluded($(doc, id))).toBe(false);
  });
});
