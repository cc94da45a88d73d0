// A page can put its elements where a global is missing: `<form id="browser">` makes `browser` in
// a content script the page's form (DOM clobbering: named elements are visible as properties of
// the window, in every world). webextension-polyfill takes a `browser` that looks like the API for
// the API, so a form with `<input name="runtime" id="…">` would stand in for it. The browser's own
// `browser` is a property of the script's global itself; one that is not, is the page's: it is
// covered here, before the polyfill looks, and the polyfill wraps `chrome` instead.
if (!Object.hasOwn(globalThis, 'browser') && (globalThis as { browser?: unknown }).browser !== undefined) {
  Object.defineProperty(globalThis, 'browser', { value: undefined, writable: true, configurable: true });
}

export {};
