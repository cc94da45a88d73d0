// User-timing measures ("lentera:…") of Lentera's own work, for the browser's performance tools
// and the benchmarks. Off unless the reader turns diagnostics on in the settings: the page can read
// the performance timeline, and Lentera does not tell pages it is there.
let enabled = false;

export function setDiagnostics(on: boolean): void {
  enabled = on;
}

/** Records a measure from `start` to `end` (now by default), when diagnostics are on. Never fails. */
export function measure(
  name: string,
  start: number,
  end: number = performance.now(),
  detail?: unknown,
): void {
  if (!enabled) return;
  try {
    performance.measure(name, { start, end, detail });
  } catch {
    // A page may have broken user timing for itself.
  }
}
