/**
 * Hostile XML through EVERY parser of fimkit (XDatenfelder 2 and 3, genericode, XZuFi parse and
 * streamTransfer, XProzess, detect): DTDs and entities, external files and URLs, deep nesting, huge
 * attribute lists, invalid UTF-8, wrongly declared encodings and truncation. Each case
 * ends with a diagnostic (vitest's timeout bounds the time), keeps no memory, and neither opens a file
 * nor connects anywhere (checked by a tracer around `node:fs`, `node:net`, `node:http(s)` and by a local
 * server that counts connections). The 100 MB text node is in memory.test.ts (measured in a child process).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, frameOf, type Outcome, PARSERS, traced, utf8, withinHeap } from './support.js';

const MiB = 2 ** 20;
const marker = `FIMKIT-MARKER-${process.pid}-${Date.now()}`;
let dir: string;
let secret: string;
let server: Server;
let port: number;
let connections = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'fimkit-hostile-parsers-'));
  secret = path.join(dir, 'secret.txt');
  writeFileSync(secret, marker);
  writeFileSync(path.join(dir, 'evil.dtd'), `<!ENTITY secret "${marker}">`);
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

/** Runs a parser under the tracer and asserts that nothing was opened or connected. */
async function runTraced(run: (b: Uint8Array) => Promise<Outcome>, bytes: Uint8Array): Promise<Outcome> {
  let outcome: Outcome | undefined;
  const trace = await traced(async () => {
    outcome = await run(bytes);
  });
  expect(trace).toEqual({ files: [], connections: [] });
  return outcome!;
}

const laughs = () => {
  const ents = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return ents.join('\n');
};

describe.each(PARSERS)('$name', (p) => {
  const { open, close, text } = frameOf(p);
  const rootName = /^<([\w.:-]+)/.exec(open)![1]!;
  const isDetect = p.name === 'detect';
  const isStream = p.name.includes('streamTransfer');

  it('refuses every DTD: billion laughs, quadratic blow-up, SYSTEM file and URL entities, external DTDs', async () => {
    const docs = [
      `<!DOCTYPE ${rootName} [\n${laughs()}\n]>\n${open}&lol9;${close}`,
      `<!DOCTYPE ${rootName} [<!ENTITY a "${'a'.repeat(50_000)}">]>${open}${'&a;'.repeat(50_000)}${close}`,
      `<!DOCTYPE ${rootName} [<!ENTITY x SYSTEM "${pathToFileURL(secret).href}">]>${open}&x;${close}`,
      `<!DOCTYPE ${rootName} [<!ENTITY x SYSTEM "${secret}">]>${open}&x;${close}`,
      `<!DOCTYPE ${rootName} [<!ENTITY x SYSTEM "file:///etc/passwd">]>${open}&x;${close}`,
      `<!DOCTYPE ${rootName} [<!ENTITY x SYSTEM "http://127.0.0.1:${port}/x">]>${open}&x;${close}`,
      `<!DOCTYPE ${rootName} SYSTEM "http://127.0.0.1:${port}/evil.dtd">${open}&secret;${close}`,
      `<!DOCTYPE ${rootName} PUBLIC "-//EVIL//EN" "${pathToFileURL(path.join(dir, 'evil.dtd')).href}">${open}${close}`,
      `<!DOCTYPE ${rootName} [<!ENTITY % p SYSTEM "http://127.0.0.1:${port}/evil.dtd"> %p;]>${open}&secret;${close}`,
    ];
    for (const doc of docs) {
      await withinHeap(
        16 * MiB,
        () => runTraced(p.run, utf8(`<?xml version="1.0"?>\n${doc}`)),
        (r) => {
          expect(codes(r.diagnostics), doc.slice(0, 60)).toContain('xml/doctype-forbidden');
          expect(r.hasValue).toBe(false);
          const dump = JSON.stringify(r);
          expect(dump).not.toContain(marker);
          expect(dump).not.toContain('lollollol');
          expect(dump).not.toContain('root:');
        },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connections).toBe(0);
  });

  it('10,000-deep nesting stops at the depth limit', async () => {
    const xml = `${open}${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}${close}`;
    await withinHeap(
      16 * MiB,
      () => runTraced(p.run, utf8(xml)),
      (r) => {
        // detect reads the root start tag only: what is below it is never tokenized
        if (isDetect) expect(r).toMatchObject({ diagnostics: [], hasValue: true });
        else expect(codes(r.diagnostics)).toContain('xml/depth-limit');
      },
    );
  });

  it('100,000 attributes on one element (the root, for detect) stop at the attribute limit', async () => {
    let attrs = '';
    for (let i = 0; i < 100_000; i++) attrs += ` a${i}="${i}"`;
    const xml = isDetect ? `${open.slice(0, -1)}${attrs}>${close}` : `${open}<e${attrs}/>${close}`;
    await withinHeap(
      32 * MiB,
      () => runTraced(p.run, utf8(xml)),
      (r) => {
        expect(codes(r.diagnostics)).toContain('xml/attribute-limit');
      },
    );
  });

  it('invalid UTF-8 and wrongly declared encodings are diagnostics', async () => {
    const bad = new Uint8Array([...utf8(`${open}<e>`), 0xc0, 0xaf, ...utf8(`</e>${close}`)]);
    const latin1 = new Uint8Array([
      ...utf8(`<?xml version="1.0" encoding="UTF-8"?>${open}<e>`),
      0xe4,
      ...utf8(`</e>${close}`),
    ]);
    const utf16 = utf8(`<?xml version="1.0" encoding="UTF-16"?>${open}${close}`);
    const unknown = utf8(`<?xml version="1.0" encoding="x-fimkit-unknown"?>${open}${close}`);
    // streamTransfer trusts a declared UTF-16 without BOM, decodes garbage and finds no root (xml/empty)
    const expected = isStream
      ? [['xzufi/encoding'], ['xzufi/encoding'], ['xml/empty'], ['xzufi/encoding']]
      : [
          ['xml/invalid-utf8'],
          ['xml/invalid-utf8'],
          ['xml/unsupported-encoding'],
          ['xml/unsupported-encoding'],
        ];
    const inputs = [bad, latin1, utf16, unknown];
    for (const [i, input] of inputs.entries()) {
      const r = await runTraced(p.run, input);
      for (const code of expected[i]!) expect(codes(r.diagnostics), `input ${i}`).toContain(code);
    }
  });

  it('a truncated document gives diagnostics wherever it is cut', async () => {
    const bytes = utf8(text);
    // the root start tag ends here: detect has all it needs after that point
    const rootEnd = text.indexOf(open.slice(0, 20)) + open.length;
    for (let k = 1; k < 40; k++) {
      const cut = Math.floor((bytes.length * k) / 40);
      const r = await runTraced(p.run, bytes.subarray(0, cut));
      if (isDetect && cut >= rootEnd) continue;
      expect(r.diagnostics.length, `cut at ${cut}`).toBeGreaterThan(0);
      expect(
        r.diagnostics.some((d) => d.severity === 'error'),
        `cut at ${cut}`,
      ).toBe(true);
    }
  });
});
