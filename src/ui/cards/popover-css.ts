// The popover's styles, inside its shadow root: the page's CSS cannot reach them, and they cannot
// leak. Sizes in em, so the card grows with the reader's zoom; logical properties, so it reads
// right to left as well.
export const POPOVER_CSS = `
:host { all: initial; }
.card {
  --bg: #fffdf8; --fg: #1d1b16; --muted: #6b6557; --accent: #9a4a06; --border: #e2d8c3;
  box-sizing: border-box;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--border);
  border-radius: 10px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  padding: 0.75em 0.9em 0.7em;
  inline-size: max-content;
  max-inline-size: min(26em, calc(100vw - 16px));
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #23211d; --fg: #f1ede4; --muted: #b9b1a1; --accent: #f5b041; --border: #433e34; box-shadow: 0 6px 24px rgb(0 0 0 / 0.5); }
}
.head { display: flex; align-items: baseline; gap: 0.6em; justify-content: space-between; }
.term { font-weight: 600; color: var(--muted); font-size: 0.85em; overflow-wrap: anywhere; }
.kind { font-size: 0.75em; text-transform: uppercase; letter-spacing: 0.06em; color: var(--accent); white-space: nowrap; }
.name { font-size: 1.1em; margin: 0.15em 0 0.1em; font-weight: 650; overflow-wrap: anywhere; }
.other-name { margin: 0 0 0.35em; color: var(--muted); font-size: 0.9em; }
.acts-as { margin: 0 0 0.35em; font-size: 0.9em; font-style: italic; }
.label { font-size: 0.85em; }
.gloss { margin: 0.35em 0; }
.page-gloss { color: var(--muted); border-inline-start: 3px solid var(--border); padding-inline-start: 0.6em; }
.from-article { margin: 0.35em 0 0; font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.05em; color: var(--accent); }
.role { font-weight: 600; }
.role.page-gloss { font-weight: normal; }
.first-mention { margin: 0.4em 0; padding-inline-start: 0.6em; border-inline-start: 3px solid var(--border); font-size: 0.88em; color: var(--muted); }
.mentions { margin-block-start: 0.35em; display: flex; flex-wrap: wrap; gap: 0.3em 0.8em; align-items: baseline; }
.as-of { margin: 0.2em 0; font-size: 0.8em; color: var(--muted); }
.links { margin: 0.4em 0 0.2em; display: flex; flex-wrap: wrap; gap: 0.4em 1em; font-size: 0.9em; }
a, .link { color: var(--accent); }
.link { background: none; border: 0; padding: 0; font: inherit; font-size: 0.9em; cursor: pointer; text-decoration: underline; }
.actions { display: flex; align-items: center; justify-content: space-between; gap: 1em; margin-block-start: 0.5em; }
.save { font: inherit; font-size: 0.85em; padding: 0.3em 0.8em; border-radius: 6px; border: 1px solid var(--accent); background: transparent; color: var(--accent); cursor: pointer; }
.save:disabled { opacity: 0.7; cursor: default; }
.hint { font-size: 0.75em; color: var(--muted); }
.word-card { max-inline-size: min(22em, calc(100vw - 16px)); padding: 0.55em 0.8em 0.55em; }
.word-card .name { font-size: 1.05em; margin: 0; }
.word-card .gloss { margin: 0.25em 0; }
.matched, .root { margin: 0.2em 0; font-size: 0.88em; color: var(--muted); }
.definition { margin: 0.2em 0 0.3em; font-size: 0.92em; }
.definition .pos { color: var(--muted); }
.root-word { color: var(--fg); }
.buttons { display: flex; gap: 0.5em; }
.known { border-color: var(--border); color: var(--muted); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.sr-only { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
