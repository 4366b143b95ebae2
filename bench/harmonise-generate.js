/**
 * Writes N generated local variants of a Stamm schema plus truth.json (see harmonise-variants.js).
 *
 *   node bench/harmonise-generate.js BUILD_DIR STAMM N OUT_DIR [SEED=1] [STRUKTUR=1] [REPR=keep]
 *
 * BUILD_DIR holds the compiled fimkit (for example `dist`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allowedUnder, deriveVariant, planTargets, rng, TEMPLATES, withCodes } from './harmonise-variants.js';

const [buildDir, stammFile, nArg, outDir, seedArg, strukturArg, reprArg] = process.argv.slice(2);
if (buildDir === undefined || stammFile === undefined || nArg === undefined || outDir === undefined) {
  console.error('usage: node bench/harmonise-generate.js BUILD_DIR STAMM N OUT_DIR [SEED] [STRUKTUR] [REPR]');
  process.exit(2);
}
const v3 = await import(pathToFileURL(path.resolve(buildDir, 'xdatenfelder/v3/index.js')).href);
const parsed = v3.parse(readFileSync(stammFile)).value;
const stamm = withCodes(parsed, strukturArg ?? '1', reprArg === 'keep' ? undefined : reprArg);
const s = stamm.model.stammdatenschema;
const codes = [s.ableitungsmodifikationenStruktur.code, s.ableitungsmodifikationenRepraesentation.code];
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'stamm.xml'), v3.build(stamm));
const targets = planTargets(stamm);
const random = rng(Number(seedArg ?? 1));
const counts = Object.fromEntries(TEMPLATES.map((t) => [t.name, 0]));
let violations = 0;
const n = Number(nArg);
for (let i = 1; i <= n; i++) {
  const { document, applied } = deriveVariant(stamm, targets, i, random);
  for (const t of applied) {
    counts[t.name]++;
    if (!allowedUnder(t.kind, codes[0], codes[1])) violations++;
  }
  writeFileSync(path.join(outDir, `variant-${String(i).padStart(6, '0')}.xml`), v3.build(document));
}
writeFileSync(
  path.join(outDir, 'truth.json'),
  `${JSON.stringify({ n, codes, targets, counts, violations }, null, 2)}\n`,
);
console.log(JSON.stringify({ n, codes, counts, violations }));
