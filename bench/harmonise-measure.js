/**
 * Measures `harmonise` over N generated variants (generated in memory, serialised to XML and parsed
 * again, as the CLI would read them) and checks the result against the generator's truth. Run each N
 * in its own process for a clean peak RSS.
 *
 *   node --expose-gc bench/harmonise-measure.js BUILD_DIR STAMM N [SEED=1] [STRUKTUR=1]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allowedUnder, deriveVariant, planTargets, rng, TEMPLATES, withCodes } from './harmonise-variants.js';

const [buildDir, stammFile, nArg, seedArg, strukturArg] = process.argv.slice(2);
if (buildDir === undefined || stammFile === undefined || nArg === undefined) {
  console.error('usage: node bench/harmonise-measure.js BUILD_DIR STAMM N [SEED] [STRUKTUR]');
  process.exit(2);
}
const load = (p) => import(pathToFileURL(path.resolve(buildDir, p)).href);
const v3 = await load('xdatenfelder/v3/index.js');
const { createHarmoniser } = await load('harmonise/index.js');

const stamm = withCodes(v3.parse(readFileSync(stammFile)).value, strukturArg ?? '1', undefined);
const s = stamm.model.stammdatenschema;
const codes = [s.ableitungsmodifikationenStruktur.code, s.ableitungsmodifikationenRepraesentation.code];
const targets = planTargets(stamm);
const random = rng(Number(seedArg ?? 1));
const n = Number(nArg);
const truth = Object.fromEntries(TEMPLATES.map((t) => [t.name, 0]));
let expectedViolations = 0;
let harmoniseMs = 0;
const h = createHarmoniser(v3.parse(v3.build(stamm)).value, { keepViolations: 5 });
const t0 = performance.now();
for (let i = 1; i <= n; i++) {
  const { document, applied } = deriveVariant(stamm, targets, i, random);
  for (const t of applied) {
    truth[t.name]++;
    if (!allowedUnder(t.kind, codes[0], codes[1])) expectedViolations++;
  }
  const xml = v3.build(document);
  const t1 = performance.now();
  const parsed = v3.parse(xml).value;
  h.add(`variant-${i}`, parsed);
  harmoniseMs += performance.now() - t1;
}
const t2 = performance.now();
const report = h.finish();
harmoniseMs += performance.now() - t2;
const totalMs = performance.now() - t0;

// Which cluster holds which template: by the generator's targets and labels.
const textIds = targets.text;
const find = (pred) => report.clusters.find(pred)?.variants.length ?? 0;
const found = {
  relabel: find(
    (c) => c.status === 'adapted' && c.example.key.startsWith(textIds[0]) && c.change?.includes('(lokal)'),
  ),
  restrict: find(
    (c) =>
      c.status === 'adapted' && c.example.key.startsWith(textIds[1]) && c.change?.startsWith('maxLength'),
  ),
  'add-1': find((c) => c.status === 'added' && c.example.bezeichnungEingabe === 'Aktenzeichen der Gemeinde'),
  'add-2': find((c) => c.status === 'added' && c.example.bezeichnungEingabe === 'Ortsteil'),
  'add-3': find((c) => c.status === 'added' && c.example.bezeichnungEingabe === 'Bemerkung der Gemeinde'),
  drop:
    targets.drop === undefined
      ? 0
      : find(
          (c) =>
            c.status === 'adapted' &&
            c.example.key.startsWith(targets.drop.group) &&
            c.change?.includes(targets.drop.child),
        ),
  values:
    targets.werte === undefined
      ? 0
      : find(
          (c) =>
            c.status === 'adapted' &&
            c.example.key.startsWith(targets.werte) &&
            c.change?.startsWith('werte'),
        ),
  retype: find(
    (c) => c.status === 'adapted' && c.example.key.startsWith(textIds[2]) && c.change?.startsWith('datentyp'),
  ),
  noiseClustersLargerThan1: report.clusters.filter(
    (c) => c.example.key.startsWith(textIds[3]) && c.variants.length > 1,
  ).length,
};
const clustersOk =
  ['relabel', 'restrict', 'add-1', 'add-2', 'add-3', 'retype'].every((k) => found[k] === truth[k]) &&
  (targets.drop === undefined || found.drop === truth.drop) &&
  (targets.werte === undefined || found.values === truth.values) &&
  found.noiseClustersLargerThan1 === 0;
console.log(
  JSON.stringify({
    n,
    codes,
    totalMs: Math.round(totalMs),
    parseAndHarmoniseMs: Math.round(harmoniseMs),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    violations: report.totals.violations,
    expectedViolations,
    violationsOk: report.totals.violations === expectedViolations,
    truth,
    found,
    clustersOk,
    clusters: report.clusters.length,
  }),
);
