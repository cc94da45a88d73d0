// Serialises the live page as HTML with every element numbered (data-lentera-i, as on the clone of
// map-article.ts), without cloning it: the numbered copy is then parsed elsewhere. Scripts, styles,
// templates and noscript are written empty (Readability drops the first three; a page that runs
// scripts never shows what is in a noscript, and a parser without scripting would read it as
// markup). A comment is written empty: it keeps the text nodes on either side apart, as on the
// live page (React's `<!-- -->` separators), so that each maps back to its own live node.
//
// A huge page is copied only up to a budget (ARTICLE_LIMITS: characters of text, elements): the
// copy then ends after the text node or element that passed it (text nodes are written whole, so
// that each still matches its live node), with every open element closed. The deepest nesting is measured on
// the way, for the caller to refuse a page too deep to parse.
import { ARTICLE_LIMITS } from '../contract/offscreen-api';
import { MAP_ATTRIBUTE } from './map-article';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
]);
const EMPTY = new Set(['script', 'style', 'template', 'noscript']);
/** Elements whose text the HTML parser reads raw: written back as they are. */
const RAW = new Set(['xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

// A carriage return is written as a reference: the parser would turn a raw one (or CR LF) into a
// line feed, and the text would no longer match its live node. A NUL cannot be written at all (the
// parser drops it, and its reference reads as U+FFFD): it is written as U+FFFD, which map-article
// matches with the NUL it stands for.
//
// Most texts and attributes hold none of the characters to escape: one test instead of five passes.
const TEXT_SPECIAL = /[&<>\r\0]/;
const ATTRIBUTE_SPECIAL = /[&"]/;
const escapeText = (s: string) =>
  !TEXT_SPECIAL.test(s)
    ? s
    : s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r/g, '&#13;')
        .replace(/\0/g, '\uFFFD');
const escapeAttribute = (s: string) =>
  !ATTRIBUTE_SPECIAL.test(s) ? s : s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export interface NumberedCopy {
  html: string;
  /** The live elements, by their number in the copy. */
  live: Element[];
  /** Whether the copy stops short of the page's end (it passed the budget). */
  cut: boolean;
  /** The deepest element's depth below <html> (in the part copied). */
  depth: number;
}

export function serializeNumbered(
  doc: Document,
  budget: { chars: number; elements: number } = ARTICLE_LIMITS,
): NumberedCopy {
  const live: Element[] = [];
  const out: string[] = ['<!doctype html>'];
  let text = 0;
  let depth = 0;
  let cut = false;
  const write = (node: Node, raw: boolean, level: number): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      text += data.length;
      out.push(raw ? data : escapeText(data));
      return;
    }
    if (node.nodeType === Node.COMMENT_NODE) {
      if (!raw) out.push('<!---->');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const name = el.namespaceURI === 'http://www.w3.org/1999/xhtml' ? el.localName : el.tagName;
    const index = live.length;
    live.push(el);
    if (level > depth) depth = level;
    out.push('<', name);
    const attributes = el.attributes;
    for (let i = 0; i < attributes.length; i++) {
      const attribute = attributes[i] as Attr;
      if (attribute.name === MAP_ATTRIBUTE) continue;
      out.push(' ', attribute.name, '="', escapeAttribute(attribute.value), '"');
    }
    out.push(' ', MAP_ATTRIBUTE, '="', String(index), '">');
    const lower = name.toLowerCase();
    if (VOID.has(lower)) return;
    if (!EMPTY.has(lower)) {
      const rawText = RAW.has(lower);
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (text > budget.chars || live.length > budget.elements) {
          cut = true;
          break;
        }
        write(child, rawText, level + 1);
      }
    }
    out.push('</', name, '>');
  };
  write(doc.documentElement, false, 0);
  return { html: out.join(''), live, cut, depth };
}
