/**
 * Run by memory.test.ts in a child process (bundled with esbuild, started with --expose-gc), away from the
 * test runner's own allocations: feeds each parser a 100 MB text node, a 10,000-deep nesting and 100,000
 * attributes, twice in a row (the 100 MB case) or once, and prints per parser and case the diagnostic codes and the heap
 * retained after a full GC (what accumulates across calls).
 */
import { parseCodeList } from '../../src/codelist/parse.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { detect } from '../../src/detect/detect.js';
import { parse as parseXdf2 } from '../../src/xdatenfelder/v2/parse.js';
import { parse as parseXdf3 } from '../../src/xdatenfelder/v3/parse.js';
import { parse as parseXprozess } from '../../src/xprozess/v2/parse.js';
import { parse as parseXzufi } from '../../src/xzufi/v2_2/parse.js';
import { streamTransfer } from '../../src/xzufi/v2_2/stream.js';

const gc = (globalThis as { gc?: () => void }).gc!;
const MiB = 2 ** 20;
const utf8 = (s: string) => new TextEncoder().encode(s);

type Run = (b: Uint8Array) => Promise<readonly Diagnostic[]>;
const sync =
  (f: (b: Uint8Array) => { diagnostics: readonly Diagnostic[] }): Run =>
  async (b) =>
    f(b).diagnostics;

const parsers: [string, string, string, Run][] = [
  ['xdatenfelder v2', '<x:r xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_2">', '</x:r>', sync(parseXdf2)],
  [
    'xdatenfelder v3',
    '<x:r xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">',
    '</x:r>',
    sync(parseXdf3),
  ],
  [
    'codelist',
    '<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">',
    '</gc:CodeList>',
    sync(parseCodeList),
  ],
  [
    'xzufi 2.2 parse',
    '<x:leistung xmlns:x="http://xoev.de/schemata/xzufi/2_2_0">',
    '</x:leistung>',
    sync(parseXzufi),
  ],
  [
    'xzufi 2.2 streamTransfer',
    '<x:transfer.operation xmlns:x="http://xoev.de/schemata/xzufi/2_2_0"><x:schreibe>',
    '</x:schreibe></x:transfer.operation>',
    async (b) => {
      const out: Diagnostic[] = [];
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < b.length; i += 65_536) chunks.push(b.subarray(i, i + 65_536));
      for await (const item of streamTransfer(chunks)) out.push(...item.diagnostics);
      return out;
    },
  ],
  [
    'xprozess 2',
    '<x:prozesskatalog.anfrage.0101 xmlns:x="http://www.regierung-mv.de/xprozess/2">',
    '</x:prozesskatalog.anfrage.0101>',
    sync(parseXprozess),
  ],
  [
    'detect',
    '<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">',
    '</gc:CodeList>',
    sync(detect),
  ],
];

const cases: Record<string, (open: string) => string> = {
  text: (open) => `${open}<e>${'x'.repeat(100 * MiB)}</e>`,
  deep: (open) => `${open}${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`,
};

const results: { parser: string; case: string; codes: string[]; retained: number }[] = [];
for (const [name, open, close, run] of parsers) {
  for (const [kind, make] of Object.entries(cases)) {
    gc();
    const before = process.memoryUsage().heapUsed;
    let codes: string[] = [];
    for (let i = 0; i < (kind === 'text' ? 2 : 1); i++)
      codes = [...new Set((await run(utf8(make(open) + close))).map((d) => d.code))];
    gc();
    results.push({ parser: name, case: kind, codes, retained: process.memoryUsage().heapUsed - before });
  }
}
process.stdout.write(JSON.stringify(results));
