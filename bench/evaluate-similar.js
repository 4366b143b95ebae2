// Evaluates `findSimilar` on the XDatenfelder 3.0.0 corpus with its relation elements removed.
// Ground truth: every element that carries an ABL relation to another element (other id) present in the
// input. Recall = share of these pairs among the candidates; top-1 accuracy = share of derived elements
// whose best-scored candidate is their origin.
//
// Held out: the schema folders are split into two halves (alternately in sorted order); each derived
// element belongs to the half of the first folder it appears in. `--ablation` reports top-1 per half;
// `--held-out` tunes the weights (text, oldest-origin, context) on one half and reports them on the other.
//
// Usage: npm run build && node bench/evaluate-similar.js [corpus dir] [--min-score X] [--disable rule,...]
//        [--ablation] [--held-out]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentViews, findSimilar } from '../dist/harmonise/index.js';
import * as v3 from '../dist/xdatenfelder/v3/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flagValue = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const weights = process.env.W ? JSON.parse(process.env.W) : undefined;
const minScore = Number(flagValue('--min-score') ?? 0.5);
const disable = (flagValue('--disable') ?? '').split(',').filter((x) => x !== '');
const ablation = args.includes('--ablation');
const heldOut = args.includes('--held-out');
const dir =
  args.find((a, i) => !a.startsWith('--') && !['--min-score', '--disable'].includes(args[i - 1] ?? '')) ??
  path.join(here, '../../shared/corpus/xdatenfelder3');

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = path.join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.xml')) files.push(p);
  }
};
walk(dir);

const RELATION = /<(\w+:)?relation>[\s\S]*?<\/(\w+:)?relation>/g;
const withRelations = [];
const stripped = [];
let relationsRemoved = 0;
for (const f of files) {
  const xml = readFileSync(f, 'utf8');
  const a = v3.parse(xml).value;
  const cleaned = xml.replace(RELATION, () => {
    relationsRemoved++;
    return '';
  });
  const b = v3.parse(cleaned).value;
  if (a === undefined || b === undefined) continue;
  withRelations.push({ source: f, document: a });
  stripped.push({ source: f, document: b });
}

// Ground truth from the original documents.
const present = new Map();
const derivedPairs = [];
const folders = [...new Set(withRelations.map((d) => path.dirname(d.source)))].sort();
const halfOfFolder = new Map(folders.map((f, i) => [f, i % 2 === 0 ? 'A' : 'B']));
const halfOf = new Map(); // element key -> half of the first folder it appears in
for (const { source, document } of withRelations) {
  for (const v of documentViews(document).elements.values()) {
    present.set(v.key, v);
    if (!halfOf.has(v.key)) halfOf.set(v.key, halfOfFolder.get(path.dirname(source)));
  }
}
const presentIds = new Map();
for (const v of present.values()) {
  if (!presentIds.has(v.id)) presentIds.set(v.id, []);
  presentIds.get(v.id).push(v.key);
}
const truth = new Map(); // derived key -> Set of origin keys
for (const v of present.values()) {
  for (const t of v.derivedFrom) {
    const origins = present.has(t) ? [t] : (presentIds.get(t) ?? []);
    for (const o of origins) {
      const ov = present.get(o);
      if (ov === undefined || ov.id === v.id || ov.kind !== v.kind) continue;
      if (!truth.has(v.key)) truth.set(v.key, new Set());
      if (truth.get(v.key).has(o)) continue;
      truth.get(v.key).add(o);
      derivedPairs.push([v.key, o]);
    }
  }
}

function evaluate(off, w = weights) {
  const start = performance.now();
  const candidates = findSimilar(stripped, { minScore, disable: off, ...(w ? { weights: w } : {}) });
  const ms = performance.now() - start;
  const key = (x) => (x.version === undefined ? x.id : `${x.id}@${x.version}`);
  const found = new Set();
  const scoreOf = new Map();
  // best: the best-scored candidate origin of each element (pairs in which it is not the named origin);
  // bestUndirected: the best-scored pair of each element whatever the direction.
  const best = new Map();
  const bestUndirected = new Map();
  const originOf = new Map();
  const offer = (map, x, y, score) => {
    const cur = map.get(x);
    if (cur === undefined || score > cur.score) map.set(x, { other: y, score });
  };
  for (const c of candidates) {
    const a = key(c.a);
    const b = key(c.b);
    found.add(`${a} ${b}`);
    found.add(`${b} ${a}`);
    scoreOf.set(`${a} ${b}`, c.score);
    scoreOf.set(`${b} ${a}`, c.score);
    if (c.origin !== undefined) originOf.set(`${a} ${b}`, c.origin === 'a' ? a : b);
    for (const [x, y, xIsOrigin] of [
      [a, b, c.origin === 'a'],
      [b, a, c.origin === 'b'],
    ]) {
      offer(bestUndirected, x, y, c.score);
      if (!xIsOrigin) offer(best, x, y, c.score);
    }
  }
  let hit = 0;
  let directed = 0;
  let directionRight = 0;
  for (const [d, o] of derivedPairs) {
    if (!found.has(`${d} ${o}`)) continue;
    hit++;
    const named = originOf.get(`${d} ${o}`) ?? originOf.get(`${o} ${d}`);
    if (named === undefined) continue;
    directed++;
    if (named === o) directionRight++;
  }
  let top1Undirected = 0;
  for (const [d, origins] of truth) if (origins.has(bestUndirected.get(d)?.other)) top1Undirected++;
  let top1 = 0;
  const top1ByHalf = { A: 0, B: 0 };
  const derivedByHalf = { A: 0, B: 0 };
  let top1Tied = 0;
  let missToSibling = 0;
  let missNoCandidate = 0;
  for (const [d, origins] of truth) {
    const b = best.get(d);
    const half = halfOf.get(d);
    derivedByHalf[half]++;
    if (origins.has(b?.other)) {
      top1++;
      top1ByHalf[half]++;
    } else if (b === undefined) missNoCandidate++;
    // A sibling: another copy derived from the same origin, or an element derived from this one.
    else if ([...(truth.get(b.other) ?? [])].some((o) => origins.has(o) || o === d)) missToSibling++;
    // The origin shares the best score with other candidates (typically sibling copies of the same origin).
    if (b !== undefined && [...origins].some((o) => scoreOf.get(`${d} ${o}`) === b.score)) top1Tied++;
  }

  const result = {
    files: withRelations.length,
    relationsRemoved,
    elements: present.size,
    groundTruthPairs: derivedPairs.length,
    derivedElements: truth.size,
    candidates: candidates.length,
    minScore,
    recall: derivedPairs.length === 0 ? 0 : hit / derivedPairs.length,
    top1Accuracy: truth.size === 0 ? 0 : top1 / truth.size,
    top1Undirected: truth.size === 0 ? 0 : top1Undirected / truth.size,
    derivedElementsByHalf: derivedByHalf,
    top1AccuracyA: top1ByHalf.A / Math.max(1, derivedByHalf.A),
    top1AccuracyB: top1ByHalf.B / Math.max(1, derivedByHalf.B),
    directionNamed: directed,
    directionRight,
    top1AmongTiedBest: truth.size === 0 ? 0 : top1Tied / truth.size,
    top1MissesToSiblingCopy: missToSibling,
    top1MissesWithoutCandidate: missNoCandidate,
    findSimilarMs: Math.round(ms),
  };
  return { result, best, candidates };
}

// Rules in the order they were introduced; each ablation row switches off this rule and all after it.
const RULES = [
  'label-across-types',
  'child-blocks',
  'direction',
  'oldest-origin',
  'description',
  'bezug-blocks',
  'rederivation',
  'definition',
  'restriction',
  'parent-alignment',
];
const f3 = (x) => x.toFixed(3);
if (ablation) {
  console.log('| rules on | candidates | recall | top-1 accuracy | top-1 half A | top-1 half B |');
  console.log('|---|---|---|---|---|---|');
  for (let n = 0; n <= RULES.length; n++) {
    const { result } = evaluate(RULES.slice(n === 0 ? 0 : n));
    const on = n === 0 ? 'none (similarity only)' : n === 1 ? RULES[0] : `+ ${RULES[n - 1]}`;
    const row = [on, result.candidates, f3(result.recall), f3(result.top1Accuracy)];
    console.log(`| ${[...row, f3(result.top1AccuracyA), f3(result.top1AccuracyB)].join(' | ')} |`);
  }
  console.log('\n| left out | recall | top-1 accuracy | top-1 half A | top-1 half B |');
  console.log('|---|---|---|---|---|');
  for (const rule of RULES) {
    const { result } = evaluate([rule]);
    const row = [
      rule,
      f3(result.recall),
      f3(result.top1Accuracy),
      f3(result.top1AccuracyA),
      f3(result.top1AccuracyB),
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
}
if (heldOut) {
  // Tune the weights on one half, report them on the other (and the defaults on both).
  const grid = [];
  for (const text of [0.05, 0.1, 0.2, 0.3]) {
    for (const oldestOrigin of [0.01, 0.02, 0.03, 0.05, 0.08])
      for (const context of [0.05, 0.1, 0.2]) grid.push({ text, oldestOrigin, context });
  }
  const runs = grid.map((w) => ({ w, result: evaluate(disable, w).result }));
  console.log(
    '| tuned on | weights chosen | top-1 on tuning half | top-1 on held-out half | defaults on held-out half |',
  );
  console.log('|---|---|---|---|---|');
  const defaults = evaluate(disable).result;
  for (const [tune, test] of [
    ['A', 'B'],
    ['B', 'A'],
  ]) {
    let chosen = runs[0];
    for (const r of runs)
      if (r.result[`top1Accuracy${tune}`] > chosen.result[`top1Accuracy${tune}`]) chosen = r;
    const row = [
      `half ${tune}`,
      `text ${chosen.w.text}, oldest-origin ${chosen.w.oldestOrigin}, context ${chosen.w.context}`,
      f3(chosen.result[`top1Accuracy${tune}`]),
      f3(chosen.result[`top1Accuracy${test}`]),
      f3(defaults[`top1Accuracy${test}`]),
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
}
const { result, best, candidates } = evaluate(disable);
console.log(JSON.stringify(result, null, 2));
console.log(`recall ${result.recall.toFixed(3)}  top-1 accuracy ${result.top1Accuracy.toFixed(3)}`);
if (process.env.SHOW_MISSES) {
  for (const [d, origins] of truth) {
    const b = best.get(d);
    if (!origins.has(b?.other)) {
      const o = [...origins][0];
      console.log(
        'MISS',
        d,
        present.get(d)?.bezeichnungEingabe,
        '| origin',
        o,
        present.get(o)?.bezeichnungEingabe,
        '| best',
        b?.other,
        b && present.get(b.other)?.bezeichnungEingabe,
        b?.score,
      );
    }
  }
}
// SHOW_CANDIDATES=id@version,... prints the five best-scored candidate origins of these elements.
for (const k of (process.env.SHOW_CANDIDATES ?? '').split(',').filter((x) => x !== '')) {
  const key = (x) => (x.version === undefined ? x.id : `${x.id}@${x.version}`);
  const mine = candidates
    .filter((c) => (key(c.a) === k && c.origin !== 'a') || (key(c.b) === k && c.origin !== 'b'))
    .slice(0, 5);
  console.log(
    'CANDIDATES',
    k,
    present.get(k)?.bezeichnungEingabe,
    '| truth',
    [...(truth.get(k) ?? [])].join(' '),
  );
  for (const c of mine) {
    const other = key(c.a) === k ? c.b : c.a;
    console.log('  ', c.score, key(other), other.bezeichnungEingabe, '|', c.reasons.join(', '));
  }
}
