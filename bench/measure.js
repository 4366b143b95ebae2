/** Timing helpers shared by run.js and case.js. */

export const gc = () => globalThis.gc?.();

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Rounds for a case: enough for a stable median, bounded for the biggest cases. */
export function roundsFor(ms) {
  if (ms > 500) return 5;
  if (ms > 100) return 11;
  return 21;
}
