/**
 * The benchmark cases, shared by `run.js` (timings side by side in one process) and `case.js` (one case
 * per child process, for peak memory). Everything fimkit comes from `../dist` (run `npm run build` first).
 * A case is `{ name, group, bytes, unit, setup(), run() }`; `bytes` is what MB/s is computed from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..');
const dist = (p) => path.join(repoRoot, 'dist', p);
const corpus = path.resolve(repoRoot, '../shared/corpus');

/** The files: the largest corpus file, a mid-size one, and the XDatenfelder 2 file the peer can read. */
export const files = {
  large: path.join(corpus, 'xdatenfelder3/bund-t-prototype/S05000001319/schema.xdf.xml'),
  mid: path.join(corpus, 'xdatenfelder2/glykon/S00000009_xdatenfelder.xml'),
  xdf2: path.join(corpus, 'xdatenfelder2/glykon/S00000009_xdatenfelder.xml'),
  // a second XDatenfelder 2 file, because the peer refuses the glykon one (empty <xdf:version>)
  xdf2b: path.join(corpus, 'xdatenfelder2/gerps-datafield/S00000186v1.0_xdf2.xml'),
  // a typical XDatenfelder 3 schema (median size of the corpus)
  xdf3mid: path.join(corpus, 'xdatenfelder3/bund-t-prototype/S00000000374/schema.xdf.xml'),
};

const load = (f) => new Uint8Array(readFileSync(f));
const importDist = async (p) => (existsSync(dist(p)) ? import(pathToFileURL(dist(p)).href) : undefined);

/**
 * Bare saxes, configured like fimkit's tokenizer (xmlns, position) with opentag/closetag/text handlers
 * assigned in the constructor (the layout trick the former saxes adapter used), after UTF-8
 * decoding of the same bytes.
 */
class BareSaxes extends SaxesParser {
  constructor() {
    super({ xmlns: true, position: true });
    this.count = 0;
    this.openTagHandler = () => {
      this.count++;
    };
    this.closeTagHandler = () => {};
    this.textHandler = () => {};
  }
}

function bareSaxes(bytes) {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  const p = new BareSaxes();
  p.write(text);
  p.close();
  return p.count;
}

/** The sink of the bare own tokenizer: counts start tags, ignores the rest (a class, as in the reader). */
class CountingSink {
  constructor() {
    this.count = 0;
  }
  xmldecl() {}
  doctype() {}
  opentagstart() {}
  opentag() {
    this.count++;
  }
  closetag() {}
  text() {}
  cdata() {}
  comment() {}
  pi() {}
  error() {}
}

// One sink lives as long as the process: V8 drops a class's hidden class when its last instance dies,
// and with it the optimised code that inlined the sink (see src/core/xml/scanner.ts, keepShapes).
const keptSink = new CountingSink();

/** fimkit's own tokenizer alone (src/core/xml/scanner.ts), after the same UTF-8 decoding as bare saxes. */
function bareTokenizer(Tokenizer, bytes) {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  const sink = new CountingSink();
  const t = new Tokenizer(sink);
  t.write(text);
  t.close();
  return sink.count;
}

/** Builds the list of cases that can run with what is built and installed. */
export async function loadCases() {
  const xml = await importDist('core/xml/index.js');
  if (xml === undefined) throw new Error('dist/core/xml is missing: run `npm run build` first');
  const { readXml, parseXml, serializeXml, createXmlWriter } = xml;
  const { Tokenizer } = await importDist('core/xml/scanner.js');
  keptSink.count = 0;
  const cases = [];
  const noop = { openElement() {}, closeElement() {}, text() {} };

  for (const [label, file] of [
    ['large', files.large],
    ['mid', files.mid],
  ]) {
    if (!existsSync(file)) continue;
    const bytes = load(file);
    const rel = path.relative(corpus, file);
    const group = `read ${label}: ${rel} (${(bytes.length / 1e6).toFixed(2)} MB)`;
    cases.push({ name: `saxes-bare:${label}`, group, bytes: bytes.length, run: () => bareSaxes(bytes) });
    cases.push({
      name: `tokenizer:${label}`,
      group,
      bytes: bytes.length,
      run: () => bareTokenizer(Tokenizer, bytes),
    });
    cases.push({ name: `readXml:${label}`, group, bytes: bytes.length, run: () => readXml(bytes, noop) });
    cases.push({ name: `parseXml:${label}`, group, bytes: bytes.length, run: () => parseXml(bytes) });
    let doc;
    let out = 0;
    cases.push({
      name: `serializeXml:${label}`,
      group: `write ${label}`,
      setup() {
        doc = parseXml(bytes).value;
        out = serializeXml(doc).length;
      },
      get bytes() {
        return out;
      },
      run: () => serializeXml(doc),
    });
  }

  // A synthetic element stream: 100,000 records with attributes, escaped text and a CDATA section.
  const streamOnce = () => {
    const w = createXmlWriter({ indent: '  ' });
    w.start('daten', [['xmlns', 'urn:example']]);
    for (let i = 0; i < 100_000; i++) {
      w.start('feld', [
        ['id', `F${i}`],
        ['version', '1.0'],
      ]);
      w.leaf('name', `Feld ${i} <Größe & Gewicht>`);
      w.leaf('beschreibung', 'Ein etwas längerer Text, wie er in Beschreibungen vorkommt. '.repeat(2));
      w.start('hilfe');
      w.cdata('Hilfetext mit <b>Markup</b>');
      w.end();
      w.end();
    }
    w.end();
    return w.toString();
  };
  let streamBytes = 0;
  cases.push({
    name: 'writer-stream',
    group: 'write synthetic',
    setup() {
      streamBytes = streamOnce().length;
    },
    get bytes() {
      return streamBytes;
    },
    run: streamOnce,
  });

  // XDatenfelder hooks: only when those modules are built.
  const v3 = await importDist('xdatenfelder/v3/index.js');
  if (v3 !== undefined && existsSync(files.large)) {
    const bytes = load(files.large);
    const group = `xdatenfelder 3: ${path.relative(corpus, files.large)}`;
    cases.push({ name: 'xdf3-saxes-bare', group, bytes: bytes.length, run: () => bareSaxes(bytes) });
    cases.push({ name: 'xdf3-parse', group, bytes: bytes.length, run: () => v3.parse(bytes) });
    let model;
    let out = 0;
    cases.push({
      name: 'xdf3-build',
      group,
      setup() {
        model = v3.parse(bytes).value;
        out = v3.build(model).length;
      },
      get bytes() {
        return out;
      },
      run: () => v3.build(model),
    });
  }
  // A mid-size XDF3 schema: the large one is mostly derivation relations, this one is typical.
  if (v3 !== undefined && existsSync(files.xdf3mid)) {
    const bytes = load(files.xdf3mid);
    const group = `xdatenfelder 3 (mid): ${path.relative(corpus, files.xdf3mid)} (${(bytes.length / 1e6).toFixed(2)} MB)`;
    cases.push({ name: 'xdf3-saxes-bare:mid', group, bytes: bytes.length, run: () => bareSaxes(bytes) });
    cases.push({ name: 'xdf3-parse:mid', group, bytes: bytes.length, run: () => v3.parse(bytes) });
  }

  // Quality rules over the whole XDF3 corpus: parse + checkQuality per file, as `fimkit quality` does.
  const quality = await importDist('quality/index.js');
  const xdf3Dir = path.join(corpus, 'xdatenfelder3/bund-t-prototype');
  if (v3 !== undefined && quality !== undefined && existsSync(xdf3Dir)) {
    const { readdirSync, statSync } = await import('node:fs');
    // Read the 73 files only when this case runs: loaded eagerly, their 77 MB slowed every other case
    // measured in the same process (external memory makes V8 collect garbage more often).
    const names = readdirSync(xdf3Dir).map((d) => path.join(xdf3Dir, d, 'schema.xdf.xml'));
    const total = names.reduce((n, f) => n + statSync(f).size, 0);
    const group = `quality: all ${names.length} XDF3 corpus schemas (${(total / 1e6).toFixed(1)} MB)`;
    let all = [];
    cases.push({
      name: 'quality-xdf3-corpus',
      group,
      bytes: total,
      setup() {
        all = names.map(load);
      },
      run: () => {
        let findings = 0;
        for (const bytes of all) {
          const r = v3.parse(bytes);
          findings += quality.checkQuality({ format: 'xdf3', value: r.value, sourceMap: r.sourceMap })
            .findings.length;
        }
        return findings;
      },
    });
  }

  // Diff of the two largest XDF3 corpus schemas, next to parsing both (the yardstick).
  const diff = await importDist('diff/index.js');
  const other = path.join(corpus, 'xdatenfelder3/bund-t-prototype/S05000001299/schema.xdf.xml');
  if (v3 !== undefined && diff !== undefined && existsSync(files.large) && existsSync(other)) {
    const a = load(files.large);
    const b = load(other);
    const group = 'diff: S05000001319 vs S05000001299 (the two largest XDF3 schemas)';
    cases.push({
      name: 'parse-both',
      group,
      bytes: a.length + b.length,
      run: () => [v3.parse(a), v3.parse(b)],
    });
    let left;
    let right;
    cases.push({
      name: 'diff',
      group,
      bytes: a.length + b.length,
      setup() {
        left = { version: '3.0.0', document: v3.parse(a).value };
        right = { version: '3.0.0', document: v3.parse(b).value };
      },
      run: () => diff.diffXdatenfelder(left, right),
    });
  }

  // Search: building the index over the XDF3 corpus, and a query against it.
  const searchMod = await importDist('search/index.js');
  if (searchMod !== undefined && existsSync(xdf3Dir)) {
    const group = `search: index over ${path.relative(corpus, xdf3Dir)}`;
    let index;
    cases.push({
      name: 'search-index-build',
      group,
      bytes: 0,
      async setup() {
        index = (await searchMod.buildSearchIndex(xdf3Dir)).index;
      },
      run: () => searchMod.buildSearchIndex(xdf3Dir),
    });
    cases.push({
      name: 'search-query',
      group,
      bytes: 0,
      run: () => searchMod.search(index, 'Staatsangehörigkeit'),
    });
  }

  const v2 = await importDist('xdatenfelder/v2/index.js');
  // The peer: xdatenfelder-xml (its package.json "main" points at a missing .ts file, so require dist).
  const require = createRequire(import.meta.url);
  let peer;
  try {
    peer = require('xdatenfelder-xml/dist/v2/index.js');
  } catch {
    peer = undefined;
  }
  for (const [label, file] of [
    ['glykon', files.xdf2],
    ['gerps', files.xdf2b],
  ]) {
    if (!existsSync(file)) continue;
    const bytes = load(file);
    const group = `xdatenfelder 2: ${path.relative(corpus, file)} (${(bytes.length / 1e6).toFixed(2)} MB)`;
    cases.push({ name: `xdf2-saxes-bare:${label}`, group, bytes: bytes.length, run: () => bareSaxes(bytes) });
    if (v2 !== undefined) {
      cases.push({ name: `xdf2-parse:${label}`, group, bytes: bytes.length, run: () => v2.parse(bytes) });
      let model;
      let out = 0;
      cases.push({
        name: `xdf2-build:${label}`,
        group,
        setup() {
          model = v2.parse(bytes).value;
          out = v2.build(model).length;
        },
        get bytes() {
          return out;
        },
        run: () => v2.build(model),
      });
    }
    if (peer !== undefined) {
      // the peer takes a string; decoding is part of the work, as for fimkit
      const run = () => peer.SchemaMessage.fromString(new TextDecoder().decode(bytes));
      const c = { name: `xdf2-peer-xdatenfelder-xml:${label}`, group, bytes: bytes.length, run };
      c.setup = () => {
        try {
          run();
        } catch (e) {
          c.failed = String(e?.message ?? e);
        }
      };
      cases.push(c);
    }
  }
  return cases;
}
