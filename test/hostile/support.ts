/**
 * Shared helpers of the hostile-input suite: one table with every fimkit parser (each behind a uniform
 * `run(bytes) -> diagnostics` face), a root start tag per parser so hostile payloads get past detection,
 * and a tracer that records every attempt to open a file or a network connection.
 */
import fs, { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect } from 'vitest';
import { parseCodeList } from '../../src/codelist/parse.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { detect } from '../../src/detect/detect.js';
import { parse as parseXdf2 } from '../../src/xdatenfelder/v2/parse.js';
import { parse as parseXdf3 } from '../../src/xdatenfelder/v3/parse.js';
import { parse as parseXprozess } from '../../src/xprozess/v2/parse.js';
import { parse as parseXzufi } from '../../src/xzufi/v2_2/parse.js';
import { streamTransfer } from '../../src/xzufi/v2_2/stream.js';
import { repoRoot } from '../support/shared.js';

/** What every parser gives back here: its diagnostics and whether it produced a value. */
export interface Outcome {
  readonly diagnostics: readonly Diagnostic[];
  readonly hasValue: boolean;
  /** Everything the parser returned, for "nothing from outside leaked in" checks. */
  readonly dump: unknown;
}

/** One fimkit entry point that reads untrusted XML. */
export interface ParserCase {
  readonly name: string;
  /** A fixture whose root start tag frames the hostile payloads. */
  readonly fixture: string;
  /** Extra start and end tags inside the root around hostile payloads (a transfer entry). */
  readonly inner?: readonly [string, string];
  run(input: Uint8Array): Promise<Outcome>;
}

const sync =
  (f: (b: Uint8Array) => { value?: unknown; diagnostics: readonly Diagnostic[] }) =>
  async (b: Uint8Array): Promise<Outcome> => {
    const r = f(b);
    return { diagnostics: r.diagnostics, hasValue: r.value !== undefined, dump: r.value };
  };

/** Every parser of fimkit that reads untrusted XML, with a fixture of its own kind. */
export const PARSERS: readonly ParserCase[] = [
  {
    name: 'xdatenfelder v2',
    fixture: 'fixtures/demo/hundesteuer.xdf2.xml',
    run: sync(parseXdf2),
  },
  { name: 'xdatenfelder v3', fixture: 'fixtures/xdatenfelder/v3/valid.xml', run: sync(parseXdf3) },
  { name: 'codelist', fixture: 'fixtures/codelist/valid.xml', run: sync(parseCodeList) },
  { name: 'xzufi 2.2 parse', fixture: 'fixtures/xzufi/v2_2/transfer.xml', run: sync(parseXzufi) },
  {
    name: 'xzufi 2.2 streamTransfer',
    fixture: 'fixtures/xzufi/v2_2/transfer.xml',
    inner: ['<xzufi:schreibe>', '</xzufi:schreibe>'],
    async run(b) {
      const items = [];
      // several chunks, cut at odd places, as a file stream would deliver them
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < b.length; i += 65_537) chunks.push(b.subarray(i, i + 65_537));
      for await (const item of streamTransfer(chunks)) items.push(item);
      return {
        diagnostics: items.flatMap((i) => i.diagnostics),
        hasValue: items.some((i) => i.type === 'schreibe' || i.type === 'loesche'),
        dump: items,
      };
    },
  },
  {
    name: 'xprozess 2',
    fixture: 'fixtures/xprozess/v2/valid/0101-prozesskatalog-anfrage.xml',
    run: sync(parseXprozess),
  },
  { name: 'detect', fixture: 'fixtures/codelist/valid.xml', run: sync(detect) },
];

/** The root start tag (with its namespace declarations) and end tag of a parser's fixture. */
export function frameOf(p: ParserCase): { open: string; close: string; text: string } {
  const text = readFileSync(path.join(repoRoot, p.fixture), 'utf8');
  const m = /<([A-Za-z_][\w.:-]*)(\s[^>]*)?>/.exec(text.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->/g, ''));
  if (m === null) throw new Error(`no root in ${p.fixture}`);
  const [innerOpen, innerClose] = p.inner ?? ['', ''];
  return { open: m[0] + innerOpen, close: `${innerClose}</${m[1]}>`, text };
}

/** UTF-8 bytes of a string. */
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The diagnostic codes, in order. */
export const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);

// A handle on the garbage collector even when node was not started with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = (globalThis.gc ?? runInNewContext('gc')) as (() => void) | undefined;

/**
 * Runs `fn` and asserts that the heap afterwards (after a full GC) is within `bound` bytes of the heap
 * before it (the result is checked, then dropped before measuring).
 */
export async function withinHeap<T>(
  bound: number,
  fn: () => Promise<T>,
  check: (result: T) => void,
): Promise<void> {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  check(await fn());
  // V8 keeps the subject of the last regular-expression match (RegExp.lastMatch) alive: a parser that ran
  // a pattern over the whole input would seem to retain it. Matching once on a tiny string releases it.
  /x/.exec('x');
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if (gc !== undefined) expect(after - before).toBeLessThan(bound);
}

/** What the tracer saw: every attempt to open a file or to connect. */
export interface Trace {
  readonly files: string[];
  readonly connections: string[];
}

type Patchable = Record<string, unknown>;

/**
 * Runs `fn` while every way of opening a file or a connection in `node:fs`, `node:net`, `node:http` and
 * `node:https` is replaced by a recorder that refuses the call (named ESM imports of those modules see
 * the replacement through `syncBuiltinESMExports`). Returns what was attempted.
 */
export async function traced(fn: () => Promise<void>): Promise<Trace> {
  const trace: Trace = { files: [], connections: [] };
  const saved: [Patchable, string, unknown][] = [];
  const patch = (mod: Patchable, names: readonly string[], log: string[]) => {
    for (const name of names) {
      const original = mod[name];
      if (typeof original !== 'function') continue;
      saved.push([mod, name, original]);
      mod[name] = (...args: unknown[]) => {
        log.push(`${name}(${String(args[0])})`);
        throw new Error(`hostile suite: ${name} refused`);
      };
    }
  };
  const fsNames = [
    'open',
    'openSync',
    'readFile',
    'readFileSync',
    'createReadStream',
    'opendir',
    'opendirSync',
    'readdir',
    'readdirSync',
    'statSync',
    'existsSync',
  ];
  patch(fs as unknown as Patchable, fsNames, trace.files);
  patch(fs.promises as unknown as Patchable, ['open', 'readFile', 'opendir', 'readdir'], trace.files);
  patch(net as unknown as Patchable, ['connect', 'createConnection'], trace.connections);
  patch(http as unknown as Patchable, ['request', 'get'], trace.connections);
  patch(https as unknown as Patchable, ['request', 'get'], trace.connections);
  syncBuiltinESMExports();
  try {
    await fn();
  } finally {
    for (const [mod, name, original] of saved) mod[name] = original;
    syncBuiltinESMExports();
  }
  return trace;
}
