// Marks terms with the CSS Custom Highlight API: the page's text and elements stay untouched.
// The styles live in content.css (injected by the browser as an extension style sheet, outside
// the page's DOM). Where the API is missing nothing is drawn, and terms can still be hovered.
import type { TermRange } from '../../dom/ranges';

/** Highlight names, prefixed so that they do not collide with the page's own. */
export const HIGHLIGHTS = {
  first: 'lentera-term-first',
  term: 'lentera-term',
  unknown: 'lentera-unknown',
  /** Words of the reader's vocabulary: saved (learning) and known. */
  learning: 'lentera-learning',
  known: 'lentera-known',
} as const;

export type Density = 'first-in-section' | 'all' | 'none';

interface HighlightApi {
  registry: {
    set(name: string, h: unknown): void;
    delete(name: string): boolean;
    get(name: string): unknown;
  };
  make(ranges: Range[]): unknown;
}

function api(win: Window): HighlightApi | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const ctor = (win as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || typeof ctor !== 'function' || typeof css.highlights.set !== 'function') return null;
  return { registry: css.highlights, make: (ranges) => new ctor(...ranges) };
}

export function createHighlighter(win: Window) {
  const highlights = api(win);
  const registered = new Map<string, unknown>();
  return {
    supported: highlights !== null,
    /** Draws the ranges after the density setting; returns the highlights it registered. */
    /**
     * `explained`: whether a name no pack knows has a profile with something to say (drawn as a
     * term; a name with nothing to say is drawn as unknown).
     */
    apply(
      ranges: readonly TermRange[],
      density: Density,
      explained: (t: TermRange) => boolean = () => false,
    ): void {
      this.clear();
      if (!highlights || density === 'none') return;
      const groups: Record<string, Range[]> = {
        [HIGHLIGHTS.first]: [],
        [HIGHLIGHTS.term]: [],
        [HIGHLIGHTS.unknown]: [],
      };
      for (const t of ranges) {
        const name =
          t.annotation.entryId === null && !explained(t)
            ? HIGHLIGHTS.unknown
            : t.first || density === 'all'
              ? HIGHLIGHTS.first
              : HIGHLIGHTS.term;
        groups[name]?.push(t.range);
      }
      for (const [name, list] of Object.entries(groups)) {
        if (list.length === 0) continue;
        const h = highlights.make(list);
        highlights.registry.set(name, h);
        registered.set(name, h);
      }
    },
    /** Draws named groups of ranges (replacing this highlighter's earlier ones). */
    applyGroups(groups: Record<string, readonly Range[]>): void {
      this.clear();
      if (!highlights) return;
      for (const [name, list] of Object.entries(groups)) {
        if (list.length === 0) continue;
        const h = highlights.make([...list]);
        highlights.registry.set(name, h);
        registered.set(name, h);
      }
    },
    /** Puts back highlights the page removed (a page may clear CSS.highlights); true if it had to. */
    restore(): boolean {
      if (!highlights) return false;
      let restored = false;
      for (const [name, h] of registered) {
        if (highlights.registry.get(name) !== h) {
          highlights.registry.set(name, h);
          restored = true;
        }
      }
      return restored;
    },
    clear(): void {
      if (!highlights) return;
      // Only our own: after an extension reload, the new script's highlights have the same names.
      for (const [name, h] of registered)
        if (highlights.registry.get(name) === h) highlights.registry.delete(name);
      registered.clear();
    },
  };
}

export type Highlighter = ReturnType<typeof createHighlighter>;
