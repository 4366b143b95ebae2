/**
 * `harmoniseServiceTexts`: a Stammtext (XZuFi 2.2.0 Leistung) against N regional variants of the same
 * LeiKa key: every text module and language classified per variant, the structured fields compared, the
 * completeness score, the modules overridden across variants, and clusters of equivalent overrides as
 * harmonisation candidates.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import type { Leistung, Xzufi22Document } from '../../xzufi/v2_2/index.js';
import { htmlToText } from '../../xzufi/v2_2/index.js';
import { defaultK } from '../potential.js';
import { compareFields } from './fields.js';
import type {
  LeistungInfo,
  ModuleOverview,
  OverrideCluster,
  ServiceTextReport,
  ServiceTextVariant,
  StatusCounts,
  TextClassification,
  TextStatus,
} from './model.js';
import { OVERRIDDEN } from './model.js';
import { classifyText } from './texts.js';
import { compareUnitKeys, leistungenOf, leistungInfo, type TextUnit, textUnitsOf } from './units.js';

/**
 * A Leistung, or an XZuFi 2.2.0 document holding one (a single `leistung`, or a transfer message whose
 * `schreibe` entries hold Leistungen).
 *
 * @example
 * ```ts
 * const input: LeistungInput = parse(bytes).value!;
 * ```
 */
export type LeistungInput = Xzufi22Document | Leistung;

/**
 * A {@link LeistungInput} with the name (usually the file) it is reported under.
 *
 * @example
 * ```ts
 * const v: NamedLeistungInput = { source: 'musterstadt.xml', document: parse(bytes).value! };
 * ```
 */
export interface NamedLeistungInput {
  readonly source: string;
  readonly document: LeistungInput;
}

/**
 * Options of {@link harmoniseServiceTexts}.
 *
 * @example
 * ```ts
 * const options: ServiceTextOptions = { k: 2, stammSource: 'stammtext.xml' };
 * ```
 */
export interface ServiceTextOptions {
  /** Adoption threshold for clusters (default 3, or 10 % of the variants when more, at most N). */
  readonly k?: number;
  /** Name of the Stamm when it is passed unnamed (default `Stamm`). */
  readonly stammSource?: string;
}

const isNamed = (x: LeistungInput | NamedLeistungInput): x is NamedLeistungInput =>
  'document' in x && 'source' in x;
const isDocument = (x: LeistungInput): x is Xzufi22Document => 'kind' in x && 'model' in x;
const warn = (code: string, message: string) => diagnostic('warning', code, message, 'harmonise');

function zeroCounts(): Record<TextStatus, number> {
  return { unchanged: 0, rephrased: 0, extended: 0, replaced: 0, missing: 0, empty: 0, added: 0 };
}

/** The Leistungen of one input, with the names they are reported under. */
function resolve(
  input: LeistungInput | NamedLeistungInput,
  fallback: string,
  key: string,
  diagnostics: Diagnostic[],
): { source: string; leistung: Leistung }[] {
  const source = isNamed(input) ? input.source : fallback;
  const doc = isNamed(input) ? input.document : input;
  if (!isDocument(doc)) return [{ source, leistung: doc }];
  const all = leistungenOf(doc);
  if (all.length === 0) {
    diagnostics.push(
      diagnostic(
        'error',
        'harmonise/not-a-leistung',
        `${source}: an XZuFi ${doc.kind}, not a Leistung; only Leistungen can be harmonised.`,
        'harmonise',
      ),
    );
    return [];
  }
  if (all.length === 1) return [{ source, leistung: all[0]! }];
  const chosen = key === '' ? all : all.filter((l) => l.referenzLeiKa.some((c) => c.code.trim() === key));
  if (chosen.length === 0)
    diagnostics.push(
      warn('harmonise/no-matching-leistung', `${source}: no Leistung references LeiKa key ${key}.`),
    );
  return chosen.map((leistung) => ({ source: `${source}#${leistung.id.value.trim()}`, leistung }));
}

/** One variant against the Stamm. */
function compareVariant(
  stamm: Leistung,
  stammUnits: ReadonlyMap<string, TextUnit>,
  languages: ReadonlyMap<string, readonly string[]>,
  info: LeistungInfo,
  local: Leistung,
  key: string,
): { variant: ServiceTextVariant; units: Map<string, TextUnit> } {
  const units = textUnitsOf(local, (m) => languages.get(m) ?? []);
  const keys = [...new Set([...stammUnits.keys(), ...units.keys()])].sort(compareUnitKeys);
  const texts: TextClassification[] = [];
  const counts = zeroCounts();
  let stammFilled = 0;
  let filledOfStamm = 0;
  for (const k of keys) {
    const s = stammUnits.get(k);
    const l = units.get(k);
    if (s !== undefined && s.text !== '') {
      stammFilled++;
      if (l !== undefined && l.text !== '') filledOfStamm++;
    }
    const c = classifyText(s, l);
    if (c === undefined) continue;
    texts.push(c);
    counts[c.status]++;
  }
  const diagnostics: Diagnostic[] = [];
  if (key !== '' && !info.leikaKeys.includes(key)) {
    const has = info.leikaKeys.length === 0 ? 'no LeiKa key' : `LeiKa key ${info.leikaKeys.join(', ')}`;
    diagnostics.push(
      warn('harmonise/leika-key-mismatch', `${info.source} references ${has}, not the Stamm's key ${key}.`),
    );
  }
  const completeness = stammFilled === 0 ? 1 : filledOfStamm / stammFilled;
  const fields = compareFields(stamm, local);
  return {
    variant: { leistung: info, texts, fields, counts, stammFilled, filledOfStamm, completeness, diagnostics },
    units,
  };
}

const EMPTY_LEISTUNG = {
  id: { value: '' },
  idSekundaer: [],
  referenzLeiKa: [],
  modulText: [],
  modulTextIndividuell: [],
  modulBegriffImKontext: [],
  modulUrsprungsportal: [],
  typisierung: [],
  leistungsadressat: [],
  kategorie: [],
  klassifizierung: [],
  informationsbereichSDG: [],
  idLeistungImKontext: [],
  idProzess: [],
  gueltigkeitGebietID: [],
  relevantFuerWirtschaftszweig: [],
  relevantFuerRechtsform: [],
  relevantFuerStaatsangehoerigkeit: [],
  sprachversion: [],
  gueltigkeit: [],
} as const satisfies Leistung;

/**
 * Compares regional variants of a Stammtext with the Stammtext: per variant, every text module (LeiKa
 * code and language) is `unchanged`, `rephrased`, `extended`, `replaced`, `missing`, `empty` or `added`;
 * Kosten, Fristen, Bearbeitungsdauer, Dokumente, Typisierung, Gültigkeitsgebiet and Leistungsadressat are
 * compared line by line; completeness = Stamm-filled units the variant fills / Stamm-filled units.
 * Across variants: per module how many variants override it, and clusters of equivalent local texts
 * (same words after normalising whitespace and HTML) as candidates for the Stamm. Variants that reference
 * another LeiKa key get a `harmonise/leika-key-mismatch` warning.
 *
 * @example
 * ```ts
 * const report = harmoniseServiceTexts(
 *   { source: 'stammtext.xml', document: parse(stammBytes).value! },
 *   files.map((f) => ({ source: f, document: parse(readFileSync(f)).value! })),
 * );
 * report.variants.map((v) => `${v.leistung.source}: ${(v.completeness * 100).toFixed(0)} %`);
 * ```
 */
export function harmoniseServiceTexts(
  stamm: LeistungInput | NamedLeistungInput,
  variants: readonly (LeistungInput | NamedLeistungInput)[],
  options: ServiceTextOptions = {},
): ServiceTextReport {
  const diagnostics: Diagnostic[] = [];
  const stammList = resolve(stamm, options.stammSource ?? 'Stamm', '', diagnostics);
  if (stammList.length > 1)
    diagnostics.push(
      warn(
        'harmonise/several-stamm-leistungen',
        `The Stamm holds ${stammList.length} Leistungen; the first is used.`,
      ),
    );
  const first = stammList[0];
  const stammLeistung: Leistung = first?.leistung ?? EMPTY_LEISTUNG;
  const stammInfo = leistungInfo(stammLeistung, first?.source ?? options.stammSource ?? 'Stamm');
  const key = stammInfo.leikaKeys[0] ?? '';
  if (first !== undefined && key === '')
    diagnostics.push(warn('harmonise/no-leika-key', 'The Stamm references no LeiKa key (referenzLeiKa).'));

  const stammUnits = textUnitsOf(stammLeistung);
  const languages = new Map<string, string[]>();
  for (const u of stammUnits.values())
    languages.set(u.module, [...(languages.get(u.module) ?? []), u.language]);

  const out: ServiceTextVariant[] = [];
  const clusterMap = new Map<
    string,
    { c: Omit<OverrideCluster, 'adoptable' | 'statuses'>; statuses: Set<string> }
  >();
  const join = (
    kind: 'text' | 'field',
    key: string,
    label: string,
    text: string,
    status: string,
    source: string,
  ) => {
    const id = `${kind}\u0000${key}\u0000${text}`;
    const hit = clusterMap.get(id);
    if (hit === undefined)
      clusterMap.set(id, { c: { kind, key, label, text, variants: [source] }, statuses: new Set([status]) });
    else {
      (hit.c.variants as string[]).push(source);
      hit.statuses.add(status);
    }
  };
  if (first !== undefined) {
    variants.forEach((input, i) => {
      for (const { source, leistung } of resolve(input, `Variante ${i + 1}`, key, diagnostics)) {
        const info = leistungInfo(leistung, source);
        const { variant, units } = compareVariant(stammLeistung, stammUnits, languages, info, leistung, key);
        out.push(variant);
        for (const t of variant.texts) {
          if (t.status !== 'added' && !OVERRIDDEN.includes(t.status)) continue;
          join('text', t.key, t.label, units.get(t.key)?.text ?? '', t.status, source);
        }
        for (const f of variant.fields) {
          if (f.status !== 'changed' && f.status !== 'added') continue;
          join('field', f.field, f.label, [...f.local].sort().join('; '), f.status, source);
        }
      }
    });
  }

  const k = options.k ?? defaultK(out.length);
  const clusters: OverrideCluster[] = [...clusterMap.values()]
    .filter((x) => x.c.variants.length >= 2)
    .map((x) => ({ ...x.c, statuses: [...x.statuses].sort(), adoptable: x.c.variants.length >= k }))
    .sort(
      (a, b) =>
        b.variants.length - a.variants.length ||
        (a.kind === b.kind ? 0 : a.kind === 'text' ? -1 : 1) ||
        compareUnitKeys(a.key, b.key),
    );
  return {
    standard: 'xzufi',
    stamm: stammInfo,
    leikaKey: key,
    variants: out,
    modules: overview(stammUnits, out),
    clusters,
    k,
    totals: totals(out, diagnostics),
    diagnostics,
  };
}

function overview(
  stammUnits: ReadonlyMap<string, TextUnit>,
  variants: readonly ServiceTextVariant[],
): ModuleOverview[] {
  const rows = new Map<string, { ref: TextClassification | TextUnit; counts: Record<TextStatus, number> }>();
  for (const u of stammUnits.values()) rows.set(u.key, { ref: u, counts: zeroCounts() });
  for (const v of variants) {
    for (const t of v.texts) {
      const row = rows.get(t.key) ?? { ref: t, counts: zeroCounts() };
      row.counts[t.status]++;
      rows.set(t.key, row);
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => compareUnitKeys(a, b))
    .map(([key, { ref, counts }]) => {
      const s = stammUnits.get(key);
      return {
        key,
        module: ref.module,
        language: ref.language,
        label: ref.label,
        stammFilled: s !== undefined && s.text !== '',
        stammText: s === undefined ? '' : htmlToText(s.html).replace(/\n/g, ' / '),
        counts,
        overridden: counts.rephrased + counts.extended + counts.replaced,
      };
    });
}

function totals(variants: readonly ServiceTextVariant[], diagnostics: readonly Diagnostic[]) {
  const counts = zeroCounts();
  let findings = diagnostics.filter((d) => d.severity !== 'info').length;
  let sum = 0;
  for (const v of variants) {
    for (const s of Object.keys(counts) as TextStatus[]) counts[s] += v.counts[s];
    findings += v.counts.missing + v.counts.empty + v.diagnostics.filter((d) => d.severity !== 'info').length;
    sum += v.completeness;
  }
  const c: StatusCounts = counts;
  return {
    variants: variants.length,
    counts: c,
    meanCompleteness: variants.length === 0 ? 1 : sum / variants.length,
    findings,
  };
}
