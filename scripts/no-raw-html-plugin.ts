// An esbuild plugin that removes the two ways our dependencies assign HTML strings to elements,
// so that the shipped bundles contain no `innerHTML =` at all (Lentera never parses page-supplied
// or fetched strings as HTML, and `web-ext lint` checks that no bundle could).
//
// - Readability restores its working copy and unwraps <noscript> images with `innerHTML =`; it
//   only ever does so inside the detached clone it parses. We parse those strings with DOMParser
//   (inert: no scripts, no loads) and import the nodes into the clone instead.
// - Preact supports `dangerouslySetInnerHTML`; Lentera never uses it, and now it throws.
//
// Each rewrite must match exactly as often as expected, so an upgrade of either library that moves
// the code fails the build instead of silently shipping the old behaviour.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

interface Rewrite {
  file: RegExp;
  prelude: string;
  edits: { find: RegExp; replace: string; count: number }[];
}

const INERT_HTML = `function __lenteraSetInertHTML(el, html) {
  var parsed = new DOMParser().parseFromString(html, "text/html");
  var doc = el.ownerDocument;
  el.replaceChildren.apply(el, Array.from(parsed.body.childNodes, function (n) { return doc.importNode(n, true); }));
}
`;

const REWRITES: Rewrite[] = [
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    prelude: INERT_HTML,
    edits: [
      {
        find: /page\.innerHTML = pageCacheHtml;/g,
        replace: '__lenteraSetInertHTML(page, pageCacheHtml);',
        count: 1,
      },
      {
        find: /tmp\.innerHTML = noscript\.innerHTML;/g,
        replace: '__lenteraSetInertHTML(tmp, noscript.innerHTML);',
        count: 1,
      },
    ],
  },
  {
    file: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
    prelude: '',
    edits: [
      {
        find: /(\w)\.innerHTML=(\w)\.__html/g,
        replace: '(()=>{throw new Error("dangerouslySetInnerHTML is not allowed in Lentera")})()',
        count: 1,
      },
    ],
  },
];

export function rewriteSource(path: string, source: string): string | null {
  const rewrite = REWRITES.find((r) => r.file.test(path));
  if (!rewrite) return null;
  let out = source;
  for (const edit of rewrite.edits) {
    const found = out.match(edit.find)?.length ?? 0;
    if (found !== edit.count) {
      throw new Error(
        `no-raw-html: expected ${edit.count} match(es) of ${edit.find} in ${path}, found ${found}`,
      );
    }
    out = out.replace(edit.find, edit.replace);
  }
  return rewrite.prelude + out;
}

export const noRawHtmlPlugin: Plugin = {
  name: 'no-raw-html',
  setup(build) {
    build.onLoad({ filter: /(Readability\.js|preact\.mjs)$/ }, (args) => {
      const contents = rewriteSource(args.path, readFileSync(args.path, 'utf8'));
      return contents === null ? undefined : { contents, loader: 'js' };
    });
  },
};
