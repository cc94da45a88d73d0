// A page's named elements show as properties of its window (DOM clobbering): `<img id="navigation">`
// is `window.navigation` where the browser has no Navigation API. Optional globals are checked with
// this before they are used.

/** Whether `value` is one of the page's DOM objects (an element, a window) standing in for a global. */
export function isPageObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    ((typeof Node === 'function' && value instanceof Node) ||
      (value as { window?: unknown }).window === value)
  );
}
