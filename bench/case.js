/**
 * Runs ONE benchmark case in its own process and prints a JSON line: median time, MB/s and memory.
 * Peak RSS comes from `process.resourceUsage().maxRSS`, so it is per case only because the process is.
 *
 *   node --expose-gc bench/case.js <case-name>
 */
import { loadCases } from './cases.js';
import { gc, median, roundsFor } from './measure.js';

const name = process.argv[2];
const cases = await loadCases();
const c = cases.find((x) => x.name === name);
if (c === undefined) {
  console.error(`unknown case ${name}; known: ${cases.map((x) => x.name).join(', ')}`);
  process.exit(2);
}
gc();
const baseRss = process.memoryUsage().rss;
await c.setup?.();
gc();
const heapBefore = process.memoryUsage().heapUsed;
let result = await c.run();
let t0 = performance.now();
result = await c.run();
const first = performance.now() - t0;
const rounds = roundsFor(first);
const times = [];
let peakHeapTotal = 0;
for (let i = 0; i < rounds; i++) {
  result = undefined;
  gc();
  t0 = performance.now();
  result = await c.run();
  times.push(performance.now() - t0);
  peakHeapTotal = Math.max(peakHeapTotal, process.memoryUsage().heapTotal);
}
gc();
const retained = process.memoryUsage().heapUsed - heapBefore;
const ms = median(times);
console.log(
  JSON.stringify({
    name,
    ms,
    mbps: c.bytes / 1e6 / (ms / 1000),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    baseRssMB: baseRss / 2 ** 20,
    peakHeapTotalMB: peakHeapTotal / 2 ** 20,
    retainedHeapMB: retained / 2 ** 20,
    resultKept: result !== undefined,
  }),
);
