/**
 * Every corpus file and fixture, whatever its size, through every parser of its kind: the file itself
 * and one byte-level mutation of it (chosen deterministically per file). Files up to 1 MiB get the full
 * oracle (build → parse stability); larger ones are parse-only here, because the corpus round-trip suites
 * already rebuild each of them.
 */
import { statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInput } from './check.js';
import { byteOps, mutateBytes } from './mutate.js';
import { seedBytes, TARGETS, type Target } from './targets.js';

const FULL_ORACLE = 1024 * 1024;
const SEVERITIES = new Set(['error', 'warning', 'info']);

function parseOnly(t: Target, bytes: Uint8Array): void {
  const r = t.parse(bytes);
  expect(r.value !== undefined || r.diagnostics.length > 0).toBe(true);
  for (const d of r.diagnostics) expect(SEVERITIES.has(d.severity)).toBe(true);
}

describe.each(TARGETS)('$name', (t) => {
  it(`every seed (${t.seeds.length}) and one mutation of each`, () => {
    t.seeds.forEach((file, i) => {
      const bytes = seedBytes(file);
      const [ops] = fc.sample(byteOps, { numRuns: 1, seed: 12 + i });
      const mutated = mutateBytes(bytes, ops!);
      const oracle = statSync(file).size <= FULL_ORACLE ? checkInput : parseOnly;
      for (const input of [bytes, mutated]) {
        try {
          oracle(t, input);
        } catch (e) {
          throw new Error(`${file} (${input === bytes ? 'as is' : JSON.stringify(ops)}): ${String(e)}`);
        }
      }
    });
  }, 300_000);
});
