/**
 * The tokenizer caches how namespace prefixes resolve (a speed-up, see decision records 0005 and 0009).
 * This property compares every element's and attribute's namespace URI, and every error, with plain
 * saxes on random documents that declare, redeclare and undeclare prefixes at every depth.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { expect, it } from 'vitest';
import { readXml } from './read.js';

interface Node {
  prefix: string;
  decls: [string, string][];
  attrPrefix: string;
  selfClose: boolean;
  children: Node[];
}

const prefixes = ['', 'a', 'b'];
const uris = ['urn:1', 'urn:2', 'urn:3'];
const nodeOf: (depth?: number) => fc.Arbitrary<Node> = fc.memo<Node>(
  (d): fc.Arbitrary<Node> =>
    fc.record({
      prefix: fc.constantFrom(...prefixes),
      decls: fc.array(fc.tuple(fc.constantFrom(...prefixes), fc.constantFrom(...uris, '')), { maxLength: 2 }),
      attrPrefix: fc.constantFrom(...prefixes),
      selfClose: fc.boolean(),
      children: d > 1 ? fc.array(nodeOf(d - 1), { maxLength: 3 }) : fc.constant([]),
    }),
);

function render(n: Node): string {
  const seen = new Set<string>();
  let decls = '';
  for (const [p, u] of n.decls) {
    if (seen.has(p)) continue;
    seen.add(p);
    if (p !== '' && u === '') continue; // undeclaring a prefix is not XML 1.0
    decls += p === '' ? ` xmlns="${u}"` : ` xmlns:${p}="${u}"`;
  }
  const name = n.prefix ? `${n.prefix}:e` : 'e';
  const attr = n.attrPrefix ? ` ${n.attrPrefix}:x="1"` : ' x="1"';
  if (n.selfClose && n.children.length === 0) return `<${name}${decls}${attr}/>`;
  return `<${name}${decls}${attr}>${n.children.map(render).join('')}</${name}>`;
}

function viaSaxes(xml: string): { uris: string[]; errors: string[] } {
  const found: string[] = [];
  const errors: string[] = [];
  const p = new SaxesParser({ xmlns: true, position: true });
  p.on('opentag', (t) => {
    found.push(t.uri);
    for (const k in t.attributes) {
      const a = t.attributes[k]!;
      if (a.prefix !== 'xmlns' && a.name !== 'xmlns') found.push(`${k}=${a.uri}`);
    }
  });
  p.on('error', (e) => errors.push(e.message.replace(/^\d+:\d+: /, '')));
  p.write(xml).close();
  return { uris: found.sort(), errors };
}

function viaFimkit(xml: string): { uris: string[]; errors: string[] } {
  const found: string[] = [];
  const r = readXml(
    xml,
    {
      openElement(el) {
        found.push(el.uri);
        for (const a of el.attributes) found.push(`${a.name}=${a.uri}`);
      },
    },
    { maxErrors: 1e9 },
  );
  return { uris: found.sort(), errors: r.diagnostics.map((d) => d.message) };
}

it('namespace URIs and errors agree with plain saxes on random namespace declarations', () => {
  fc.assert(
    fc.property(nodeOf(5), (root) => {
      const xml = render(root);
      const expected = viaSaxes(xml);
      const actual = viaFimkit(xml);
      expect(actual.uris).toEqual(expected.uris);
      expect(actual.errors).toEqual(expected.errors);
    }),
    { numRuns: 2000 },
  );
});
