/**
 * Fuzzing every parser with fast-check: byte-level and structure-level mutations of the corpus files and
 * fixtures (seeds up to 256 KiB here; corpus-sweep.test.ts mutates every corpus file whatever its size).
 * `FIMKIT_FUZZ_RUNS` sets the runs per property (500 by default, 10,000 in the nightly `npm run fuzz`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { XmlDocument } from '../../src/core/xml/model.js';
import { parseXml } from '../../src/core/xml/tree.js';
import { checkInput } from './check.js';
import { byteOps, FUZZ_RUNS, fuzzTimeout, mutateBytes, mutateTree, treeOps } from './mutate.js';
import { seedBytes, smallSeeds, TARGETS } from './targets.js';

const MAX_SEED = 256 * 1024;

describe.each(TARGETS)('$name', (t) => {
  const seeds = smallSeeds(t, MAX_SEED);

  it('has seeds', () => {
    expect(seeds.length).toBeGreaterThan(0);
  });

  it(
    `byte-level mutations (${FUZZ_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(fc.nat(), byteOps, (i, ops) => {
          checkInput(t, mutateBytes(seedBytes(seeds[i % seeds.length]!), ops));
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    fuzzTimeout(40),
  );

  it(
    `structure-level mutations (${FUZZ_RUNS} runs)`,
    () => {
      const trees: XmlDocument[] = [];
      for (const f of seeds) {
        const parsed = parseXml(seedBytes(f));
        if (parsed.value !== undefined && parsed.diagnostics.every((d) => d.severity !== 'error'))
          trees.push(parsed.value);
      }
      expect(trees.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.nat(), treeOps, (i, ops) => {
          checkInput(t, new TextEncoder().encode(mutateTree(trees[i % trees.length]!, ops)));
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    fuzzTimeout(40),
  );
});
