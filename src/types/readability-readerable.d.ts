// The gate alone, without Readability itself: the content script needs only this one function.
declare module '@mozilla/readability/Readability-readerable.js' {
  function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
  export = isProbablyReaderable;
}
