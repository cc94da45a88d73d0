// The outcome of an import (a glossary pack, a vocabulary file), announced politely: what was
// added, or why nothing was, with the first errors, one a line.
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  /** `refused`: said instead of the usual refusal (the file was fine, but nothing could be stored). */
  | { kind: 'failed'; lines: string[]; refused?: string };

export function ImportStatus({ id, state, refused }: { id?: string; state: ImportState; refused: string }) {
  return (
    <div role="status" aria-live="polite" id={id}>
      {state.kind === 'busy' && <p class="meta">…</p>}
      {state.kind === 'done' && <p class="meta">{state.text}</p>}
      {state.kind === 'failed' && (
        <>
          <p class="meta">{state.refused ?? refused}</p>
          <ul class="errors">
            {state.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
