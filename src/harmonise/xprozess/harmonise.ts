/**
 * Harmonisation across N local variants of one Stammprozess: each variant classified against the Stamm,
 * equivalent local additions and adaptations clustered by their normalised signature (linear in the
 * elements), candidates for the Stamm ranked, and the figures summed up.
 *
 * @module
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import type { XprozessDocument } from '../../xprozess/v2/index.js';
import type { LocalFigures } from '../classify.js';
import { hashString } from '../normalise.js';
import { defaultK } from '../potential.js';
import {
  type ClassifyProcessOptions,
  classifyViews,
  type KindCounts,
  type ProcessElementClassification,
} from './classify.js';
import { propertyLabel } from './labels.js';
import type { ProcessElementKind } from './model.js';
import type { ProcessViolation } from './rules.js';
import { processView } from './view.js';

/**
 * A Stamm element as the report lists it.
 *
 * @example
 * ```ts
 * report.stamm.elements.filter((e) => e.mandatory).map((e) => e.name);
 * ```
 */
export interface ProcessStammElement {
  readonly kind: ProcessElementKind;
  readonly key: string;
  readonly name: string;
  readonly mandatory?: boolean;
}

/**
 * One variant's result.
 *
 * @example
 * ```ts
 * report.variants.map((v) => [v.source, v.figures.reuseShare, v.violations.length]);
 * ```
 */
export interface ProcessVariantSummary {
  readonly source: string;
  readonly id: string;
  readonly version?: string;
  readonly name: string;
  readonly klasseID: string;
  readonly figures: LocalFigures;
  readonly byKind: Readonly<Record<Exclude<ProcessElementKind, 'prozess'>, KindCounts>>;
  readonly violations: readonly ProcessViolation[];
  /** Every element's classification (unless `keepElements: false`). */
  readonly elements?: readonly ProcessElementClassification[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Equivalent local changes found in several variants.
 *
 * @example
 * ```ts
 * report.clusters.filter((c) => c.adoptable).map((c) => [c.example.name, c.variants.length]);
 * ```
 */
export interface ProcessCluster {
  /** Hash of the normalised signature. */
  readonly signature: string;
  readonly status: 'added' | 'adapted';
  readonly kind: ProcessElementKind;
  /** A representative: local key and name in the first variant. */
  readonly example: { readonly key: string; readonly name: string };
  /** For adaptations: the Stamm element adapted. */
  readonly stammKey?: string;
  /** For adaptations: `Eigenschaft: vorher → nachher; …` (German property labels). */
  readonly change?: string;
  /** Sources of the variants sharing the change. */
  readonly variants: readonly string[];
  /** Whether at least k variants share it. */
  readonly adoptable: boolean;
}

/**
 * Result of {@link harmoniseProcesses}.
 *
 * @example
 * ```ts
 * const r = harmoniseProcesses(stamm, variants); r.potential.share; r.totals.violations;
 * ```
 */
export interface ProcessHarmonisationReport {
  readonly standard: 'xprozess';
  readonly stamm: {
    readonly id: string;
    readonly version?: string;
    readonly name: string;
    readonly klasseID: string;
    readonly hasModel: boolean;
    /** Every counted element of the Stammprozess, steps in flow order. */
    readonly elements: readonly ProcessStammElement[];
  };
  readonly variants: readonly ProcessVariantSummary[];
  /** Ranked: most variants first. */
  readonly clusters: readonly ProcessCluster[];
  readonly k: number;
  readonly potential: {
    /** Added and adapted elements over all variants. */
    readonly localElements: number;
    /** Local elements in adoptable clusters. */
    readonly adoptable: number;
    /** adoptable / localElements. */
    readonly share: number;
  };
  readonly totals: {
    readonly elements: number;
    readonly unchanged: number;
    readonly adapted: number;
    readonly added: number;
    readonly dropped: number;
    readonly violations: number;
  };
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Options of {@link harmoniseProcesses}.
 *
 * @example
 * ```ts
 * harmoniseProcesses(stamm, variants, { k: 2, withChanges: true });
 * ```
 */
export interface HarmoniseProcessesOptions extends ClassifyProcessOptions {
  /** Adoption threshold; default 3, or 10 % of the variants when that is more (never more than N). */
  readonly k?: number;
  /** Keep every element's classification in the variant summaries (default true). */
  readonly keepElements?: boolean;
}

/** A copy with fresh strings, so that nothing keeps a parsed input alive. */
function detach<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const describe = (e: ProcessElementClassification) =>
  e.differences.map((d) => `${propertyLabel(d.property)}: ${d.before ?? '–'} → ${d.after ?? '–'}`).join('; ');

/**
 * Incremental harmoniser: one variant at a time, then `finish()`.
 *
 * @example
 * ```ts
 * const h: ProcessHarmoniser = createProcessHarmoniser(stamm);
 * ```
 */
export interface ProcessHarmoniser {
  /** Classifies one variant and adds its local changes to the clusters. */
  add(source: string, document: XprozessDocument): ProcessVariantSummary;
  /** The report over every variant added. */
  finish(): ProcessHarmonisationReport;
}

/**
 * Incremental form of {@link harmoniseProcesses}: memory grows with the distinct clusters and the
 * per-variant summaries, not with the documents.
 *
 * @example
 * ```ts
 * const h = createProcessHarmoniser(stamm, { k: 2 });
 * for (const v of variants) h.add(v.source, v.document);
 * const report = h.finish();
 * ```
 */
export function createProcessHarmoniser(
  stamm: XprozessDocument,
  options: HarmoniseProcessesOptions = {},
): ProcessHarmoniser {
  const s = processView(stamm, options.prozessId === undefined ? {} : { prozessId: options.prozessId });
  const sv = s.view;
  const classifyOptions: ClassifyProcessOptions = { ...options, withChanges: options.withChanges ?? false };
  const clusters = new Map<
    string,
    { c: Omit<ProcessCluster, 'variants' | 'adoptable'>; variants: string[] }
  >();
  const variants: ProcessVariantSummary[] = [];
  const totals = { elements: 0, unchanged: 0, adapted: 0, added: 0, dropped: 0, violations: 0 };

  const add = (source: string, document: XprozessDocument): ProcessVariantSummary => {
    const r = classifyViews(stamm, sv, document, classifyOptions);
    const seen = new Set<string>();
    for (const e of r.elements) {
      if (e.kind === 'prozess' || e.signature === undefined) continue;
      const h = hashString(e.signature);
      if (seen.has(h)) continue;
      seen.add(h);
      const cl = clusters.get(h);
      if (cl !== undefined) {
        cl.variants.push(source);
        continue;
      }
      const status = e.status === 'added' ? 'added' : 'adapted';
      clusters.set(h, {
        c: detach({
          signature: h,
          status,
          kind: e.kind,
          example: { key: e.key, name: e.name },
          ...(status === 'adapted' && e.stammKey !== undefined
            ? { stammKey: e.stammKey, change: describe(e) }
            : {}),
        }),
        variants: [source],
      });
    }
    const f = r.figures;
    totals.elements += f.total;
    totals.unchanged += f.unchanged;
    totals.adapted += f.adapted;
    totals.added += f.added;
    totals.dropped += f.dropped;
    totals.violations += f.violations;
    const summary = detach<ProcessVariantSummary>({
      source,
      id: r.local.id,
      ...(r.local.version === undefined ? {} : { version: r.local.version }),
      name: r.local.name,
      klasseID: r.local.klasseID,
      figures: f,
      byKind: r.byKind,
      violations: r.violations,
      ...(options.keepElements === false ? {} : { elements: r.elements }),
      diagnostics: r.diagnostics,
    });
    variants.push(summary);
    return summary;
  };

  const finish = (): ProcessHarmonisationReport => {
    const k = options.k ?? defaultK(variants.length);
    const ranked: ProcessCluster[] = [...clusters.values()]
      .map(({ c, variants: vs }) => ({ ...c, variants: vs, adoptable: vs.length >= k }))
      .sort((a, b) => b.variants.length - a.variants.length || a.example.key.localeCompare(b.example.key));
    const localElements = totals.added + totals.adapted;
    const adoptable = ranked.filter((c) => c.adoptable).reduce((n, c) => n + c.variants.length, 0);
    return {
      standard: 'xprozess',
      stamm: detach({
        id: sv.id,
        ...(sv.version === undefined ? {} : { version: sv.version }),
        name: sv.root.name,
        klasseID: sv.klasseID,
        hasModel: sv.bpmn.length > 0,
        elements: [...sv.elements.values()].map((e) => ({
          kind: e.kind,
          key: e.key,
          name: e.name,
          ...(e.mandatory === undefined ? {} : { mandatory: e.mandatory }),
        })),
      }),
      variants,
      clusters: ranked,
      k,
      potential: { localElements, adoptable, share: localElements === 0 ? 0 : adoptable / localElements },
      totals,
      diagnostics: s.diagnostics,
    };
  };
  return { add, finish };
}

/**
 * Classifies N local processes against their Stammprozess, clusters equivalent local changes and ranks
 * them as candidates for the Stamm (shared by at least k variants).
 *
 * @example
 * ```ts
 * const report = harmoniseProcesses(stamm, [{ source: 'nrw.xml', document: nrw }, { source: 'by.xml', document: by }]);
 * report.clusters.filter((c) => c.adoptable);
 * ```
 */
export function harmoniseProcesses(
  stamm: XprozessDocument,
  variants: readonly { readonly source: string; readonly document: XprozessDocument }[],
  options: HarmoniseProcessesOptions = {},
): ProcessHarmonisationReport {
  const h = createProcessHarmoniser(stamm, options);
  for (const v of variants) h.add(v.source, v.document);
  return h.finish();
}
