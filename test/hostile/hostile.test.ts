/**
 * Hostile input: entity expansion, external entities and DTDs, deep nesting, huge attribute lists and text
 * nodes, truncation and bad encodings. Every case must end promptly (vitest's per-test timeout is the
 * bound; no timing assertions) with the right diagnostic, without resolving anything and without keeping
 * memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindDocument } from '../../src/core/binding/parse.js';
import { complexType, type MessageSpec, text } from '../../src/core/binding/spec.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { readXml } from '../../src/core/xml/read.js';
import { parseXml } from '../../src/core/xml/tree.js';

// A handle on the garbage collector even when node was not started with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = (globalThis.gc ?? runInNewContext('gc')) as (() => void) | undefined;

const codes = (ds: readonly Diagnostic[]) => ds.map((d) => d.code);

/**
 * Runs `fn` and asserts that the heap afterwards (after a full GC) is within `bound` bytes of the heap
 * before it. The result is dropped before measuring, so what is measured is what the reader retained.
 */
function withinHeap<T>(bound: number, fn: () => T, check: (result: T) => void): void {
  if (gc === undefined) {
    console.log('[fimkit] no gc available: skipping the heap assertion');
    check(fn());
    return;
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  check(fn());
  gc();
  const after = process.memoryUsage().heapUsed;
  expect(after - before).toBeLessThan(bound);
}

const message: MessageSpec = { root: 'r', type: complexType('R', () => [text('x', 0)]) };
const vocabulary = { namespace: '', prefix: 'r', source: 'hostile' };

/** All three entry points give `xml/doctype-forbidden` and nothing that came from the DTD. */
function expectRefused(xml: string, forbidden: readonly string[] = []): void {
  const read = readXml(xml, {});
  expect(codes(read.diagnostics)).toEqual(['xml/doctype-forbidden']);
  expect(read.aborted).toBe(true);
  const tree = parseXml(xml);
  expect(tree.value).toBeUndefined();
  expect(codes(tree.diagnostics)).toEqual(['xml/doctype-forbidden']);
  const bound = bindDocument(xml, [message], vocabulary);
  expect(bound.value).toBeUndefined();
  expect(codes(bound.diagnostics)).toEqual(['xml/doctype-forbidden']);
  const everything = JSON.stringify([read, tree, bound]);
  for (const f of forbidden) expect(everything).not.toContain(f);
}

describe('entity expansion', () => {
  it('billion laughs', () => {
    const ents = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) {
      const prev = i === 1 ? 'lol' : `lol${i - 1}`;
      ents.push(`<!ENTITY lol${i} "${`&${prev};`.repeat(10)}">`);
    }
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${ents.join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
    withinHeap(
      16 * 2 ** 20,
      () => parseXml(xml),
      (r) => {
        expect(codes(r.diagnostics)).toEqual(['xml/doctype-forbidden']);
        // the tokenizer reports the DOCTYPE where it starts, before reading any of it
        expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
      },
    );
    expectRefused(xml, ['lollollol']);
  });

  it('quadratic blowup', () => {
    const big = 'a'.repeat(50_000);
    const xml = `<!DOCTYPE kaboom [<!ENTITY a "${big}">]><kaboom>${'&a;'.repeat(50_000)}</kaboom>`;
    withinHeap(
      16 * 2 ** 20,
      () => parseXml(xml),
      (r) => {
        expect(codes(r.diagnostics)).toEqual(['xml/doctype-forbidden']);
      },
    );
    expectRefused(xml);
  });

  it('an entity reference without a DTD is an error, not an expansion', () => {
    const r = parseXml('<r>&xxe;</r>');
    expect(codes(r.diagnostics)).toEqual(['xml/malformed']);
    // kept as the literal characters
    expect(r.value?.root.children).toEqual([{ type: 'text', value: '&xxe;' }]);
  });
});

describe('external entities and DTDs', () => {
  const marker = `FIMKIT-MARKER-${process.pid}-${Date.now()}`;
  let dir: string;
  let file: string;
  let server: Server;
  let port: number;
  let connections = 0;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fimkit-hostile-'));
    file = path.join(dir, 'secret.txt');
    writeFileSync(file, marker);
    writeFileSync(path.join(dir, 'evil.dtd'), `<!ENTITY secret "${marker}">`);
    // A local server that counts every connection: nothing may ever connect to it.
    server = createServer((socket) => {
      connections++;
      socket.end(`HTTP/1.0 200 OK\r\n\r\n<!ENTITY secret "${marker}">`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Gives pending socket events a chance to arrive before counting connections. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('a SYSTEM entity pointing at a local file (marker file and /etc/passwd)', async () => {
    const url = pathToFileURL(file).href;
    expectRefused(`<!DOCTYPE r [<!ENTITY x SYSTEM "${url}">]><r>&x;</r>`, [marker]);
    expectRefused('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', ['root:']);
    expectRefused(`<!DOCTYPE r [<!ENTITY x SYSTEM "${file}">]><r><x>&x;</x></r>`, [marker]);
  });

  it('a SYSTEM entity pointing at an http URL', async () => {
    expectRefused(`<!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:${port}/secret">]><r>&x;</r>`, [marker]);
    await settle();
    expect(connections).toBe(0);
  });

  it('an external DTD, by SYSTEM and PUBLIC id, and a parameter entity', async () => {
    const dtd = pathToFileURL(path.join(dir, 'evil.dtd')).href;
    expectRefused(`<!DOCTYPE r SYSTEM "${dtd}"><r>&secret;</r>`, [marker]);
    expectRefused(`<!DOCTYPE r SYSTEM "http://127.0.0.1:${port}/evil.dtd"><r>&secret;</r>`, [marker]);
    expectRefused(`<!DOCTYPE r PUBLIC "-//EVIL//DTD//EN" "http://127.0.0.1:${port}/evil.dtd"><r/>`, [marker]);
    expectRefused(
      `<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:${port}/evil.dtd"> %p;]><r>&secret;</r>`,
      [marker],
    );
    await settle();
    expect(connections).toBe(0);
  });

  it('a DOCTYPE after a comment and a BOM is still refused', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<!--x-->\n<!DOCTYPE r><r/>'),
    ]);
    const r = parseXml(bytes);
    expect(codes(r.diagnostics)).toEqual(['xml/doctype-forbidden']);
    expect(r.diagnostics[0]).toMatchObject({ line: 2 });
  });
});

describe('size limits', () => {
  it('10,000-deep nesting stops at the default depth limit (512)', () => {
    const xml = `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`;
    withinHeap(
      16 * 2 ** 20,
      () => readXml(xml, {}),
      (r) => {
        expect(codes(r.diagnostics)).toEqual(['xml/depth-limit']);
        expect(r.aborted).toBe(true);
        // the 513th start tag begins after 512 `<a>`
        expect(r.diagnostics[0]).toMatchObject({ line: 1, column: 512 * 3 + 1 });
      },
    );
    expect(codes(parseXml(xml, { maxDepth: 20 }).diagnostics)).toEqual(['xml/depth-limit']);
    const deep: MessageSpec = { root: 'a', type: complexType('A', () => []) };
    // the binder sees the second <a> as unknown (a warning) and captures it until the limit stops the read
    const bound = bindDocument(xml, [deep], vocabulary);
    expect(codes(bound.diagnostics)).toEqual(['xml/depth-limit', 'hostile/unknown-element']);
  });

  it('100,000 attributes on one element stop at a low limit and at the default (1024)', () => {
    let attrs = '';
    for (let i = 0; i < 100_000; i++) attrs += ` a${i}="${i}"`;
    const xml = `<r>\n <e${attrs}/></r>`;
    withinHeap(
      32 * 2 ** 20,
      () => readXml(xml, {}),
      (r) => {
        expect(codes(r.diagnostics)).toEqual(['xml/attribute-limit']);
        expect(r.diagnostics[0]).toMatchObject({ line: 2, column: 2 });
      },
    );
    expect(codes(readXml(xml, {}, { maxAttributes: 10 }).diagnostics)).toEqual(['xml/attribute-limit']);
    expect(codes(parseXml(xml).diagnostics)).toEqual(['xml/attribute-limit']);
  });

  it('a 100 MB text node stops at the default text limit (64 Mi characters)', () => {
    const size = 100 * 2 ** 20;
    withinHeap(
      32 * 2 ** 20,
      () => readXml(`<r>${'x'.repeat(size)}</r>`, {}),
      (r) => {
        expect(codes(r.diagnostics)).toEqual(['xml/text-limit']);
        expect(r.aborted).toBe(true);
      },
    );
  });

  it('a 100 MB CDATA section stops at the text limit', () => {
    const size = 100 * 2 ** 20;
    withinHeap(
      32 * 2 ** 20,
      () => parseXml(`<r><![CDATA[${'x'.repeat(size)}]]></r>`),
      (r) => {
        expect(codes(r.diagnostics)).toEqual(['xml/text-limit']);
      },
    );
  });
});

describe('broken input', () => {
  it('a truncated document is xml/malformed, wherever it is cut', () => {
    const xml = '<?xml version="1.0"?>\n<r a="1"><b>text &amp; more</b><![CDATA[x]]><!--c--><c/></r>';
    for (let cut = 1; cut < xml.length; cut++) {
      const r = parseXml(xml.slice(0, cut));
      expect(r.diagnostics.length, `cut at ${cut}`).toBeGreaterThan(0);
      expect(
        r.diagnostics.every(
          (d) => d.code === 'xml/malformed' || d.code === 'xml/no-root' || d.code === 'xml/empty',
        ),
        `cut at ${cut}`,
      ).toBe(true);
      expect(
        r.diagnostics.some((d) => d.code === 'xml/malformed'),
        `cut at ${cut}`,
      ).toBe(true);
    }
  });

  it('invalid UTF-8 is reported where it is, and the rest is read', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<r>\n  <b>'),
      0xc0,
      0xaf,
      ...new TextEncoder().encode('</b></r>'),
    ]);
    const r = parseXml(bytes);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'xml/invalid-utf8', line: 2, column: 6 }),
    ]);
    expect(r.value?.root.name).toBe('r');
  });

  it('a wrongly declared encoding is reported', () => {
    // declared UTF-8, written in Latin-1: the ä (0xE4) is not UTF-8
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><r>'),
      0xe4,
      ...new TextEncoder().encode('</r>'),
    ]);
    expect(codes(parseXml(latin).diagnostics)).toEqual(['xml/invalid-utf8']);
    // declared UTF-16 but no BOM: fimkit reads it as UTF-8 and says so
    const utf16 = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-16"?><r/>');
    expect(codes(parseXml(utf16).diagnostics)).toEqual(['xml/unsupported-encoding']);
    // an encoding nobody knows
    const unknown = new TextEncoder().encode('<?xml version="1.0" encoding="x-fimkit-unknown"?><r/>');
    expect(codes(parseXml(unknown).diagnostics)).toEqual(['xml/unsupported-encoding']);
  });

  it('NUL bytes and other disallowed characters are errors, not crashes', () => {
    const r = parseXml('<r>a\u0000b\u0001</r>');
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(codes(r.diagnostics).every((c) => c === 'xml/malformed')).toBe(true);
  });

  it('a flood of errors stops at maxErrors', () => {
    const r = readXml(`<r>${'&x;'.repeat(10_000)}</r>`, {});
    expect(r.diagnostics).toHaveLength(101);
    expect(r.diagnostics[100]!.code).toBe('xml/too-many-errors');
  });
});
