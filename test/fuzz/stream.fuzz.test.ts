/**
 * Fuzzing `streamTransfer` (XZuFi 2.2 transfer messages, read chunk by chunk): byte-level mutations of the
 * transfer fixtures, cut into chunks of random sizes. It never throws, yields at least one item, an
 * `error` item only as the last one, and only well-formed diagnostics.
 */
import path from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { streamTransfer, type TransferItem } from '../../src/xzufi/v2_2/stream.js';
import { repoRoot } from '../support/shared.js';
import { byteOps, FUZZ_RUNS, fuzzTimeout, mutateBytes } from './mutate.js';
import { seedBytes } from './targets.js';

const seeds = ['fixtures/xzufi/v2_2/transfer.xml', 'fixtures/leika/leistungen-2025.xzufi.xml'].map((f) =>
  path.join(repoRoot, f),
);

it(
  `streamTransfer survives byte-level mutations in random chunks (${FUZZ_RUNS} runs)`,
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), byteOps, fc.integer({ min: 1, max: 4096 }), async (i, ops, size) => {
        const bytes = mutateBytes(seedBytes(seeds[i % seeds.length]!), ops);
        const chunks: Uint8Array[] = [];
        for (let o = 0; o < bytes.length; o += size) chunks.push(bytes.subarray(o, o + size));
        const items: TransferItem[] = [];
        for await (const item of streamTransfer(chunks)) items.push(item);
        expect(items.length).toBeGreaterThan(0);
        const errorAt = items.findIndex((x) => x.type === 'error');
        if (errorAt !== -1) expect(errorAt).toBe(items.length - 1);
        for (const d of items.flatMap((x) => x.diagnostics)) {
          expect(d.code).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
          expect(['error', 'warning', 'info']).toContain(d.severity);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  },
  fuzzTimeout(20),
);
