/**
 * The quality engine: runs the XDFM rules over an XDF2 or XDF3 document and returns findings.
 *
 * @module
 */
import type { SourceMap } from '../core/binding/index.js';
import type { Xdf2Document } from '../xdatenfelder/v2/index.js';
import type { Xdf3Document } from '../xdatenfelder/v3/index.js';
import { xdfmCatalogueInfo, xdfmEntry } from './catalogue.js';
import type { QDocument, QElement, QualityFormat } from './model.js';
import { normalizeXdf2 } from './normalize-v2.js';
import { normalizeXdf3 } from './normalize-v3.js';
import { qualityRules } from './rules/index.js';
import type { Finding, QualityRegistry, QualityResolver, QualityRule, RuleContext } from './types.js';

/** A parsed document to check: the format, the document, and (for positions) the parser's source map. */
export type QualityInput =
  | { readonly format: 'xdf2'; readonly value: Xdf2Document; readonly sourceMap?: SourceMap }
  | { readonly format: 'xdf3'; readonly value: Xdf3Document; readonly sourceMap?: SourceMap };

/** Options of {@link checkQuality}. */
export interface QualityOptions {
  /** Code list content, for 1076 and 1122. */
  readonly registry?: QualityRegistry;
  /** Online look-ups, for 1115, 1125 and 1126. */
  readonly resolver?: QualityResolver;
  /** Run only these codes. */
  readonly only?: readonly number[];
  /** Do not run these codes. */
  readonly disable?: readonly number[];
  /** Replace the built-in rule set (tests, extensions). */
  readonly rules?: readonly QualityRule[];
  /**
   * Follow the catalogue's wording where the reference implementation is narrower. Default `false`:
   * behave like the FIM-XSLT reference, so that editors see the findings they know. Today this affects
   * 1103 on date fields (see docs/quality.md).
   */
  readonly catalogueStrict?: boolean;
}

/** A rule that did not run, and why. */
export interface SkippedRule {
  readonly code: number;
  readonly reason: 'needs-registry' | 'needs-resolver';
}

/** The result of {@link checkQuality}. */
export interface QualityReport {
  readonly format: QualityFormat;
  /** Findings in rule-code order, then document order; one per (code, element, parent). */
  readonly findings: readonly Finding[];
  /** Rules that were not run because the registry or resolver was missing. */
  readonly skipped: readonly SkippedRule[];
}

const SEVERITY = { K: 'error', M: 'error', W: 'warning', H: 'info' } as const;

/**
 * Checks a parsed XDatenfelder document against the XDFM quality catalogue.
 *
 * @example
 * ```ts
 * import { parse } from 'fimkit/xdatenfelder/v3';
 * const { value, sourceMap } = parse(xml);
 * const { findings } = checkQuality({ format: 'xdf3', value: value!, sourceMap });
 * findings.filter((f) => f.severity === 'error');
 * ```
 */
export function checkQuality(input: QualityInput, options: QualityOptions = {}): QualityReport {
  const doc = input.format === 'xdf2' ? normalizeXdf2(input.value) : normalizeXdf3(input.value);
  const skipped: SkippedRule[] = [];
  const findings: Finding[] = [];
  const rules = (options.rules ?? qualityRules).filter(
    (r) =>
      r.appliesTo.includes(input.format) &&
      (options.only === undefined || options.only.includes(r.code)) &&
      !(options.disable ?? []).includes(r.code),
  );
  for (const rule of rules) {
    if (rule.needs === 'registry' && options.registry === undefined) {
      skipped.push({ code: rule.code, reason: 'needs-registry' });
      continue;
    }
    if (rule.needs === 'resolver' && options.resolver === undefined) {
      skipped.push({ code: rule.code, reason: 'needs-resolver' });
      continue;
    }
    if (doc === undefined) continue;
    runRule(rule, doc, input.sourceMap, options, findings);
  }
  return { format: input.format, findings, skipped };
}

function distinct(doc: QDocument): QElement[] {
  const seen = new Set<string>();
  return doc.occurrences.filter((e) => {
    const k = `${e.kind}|${e.id}|${e.version ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const elementsCache = new WeakMap<QDocument, QElement[]>();

function runRule(
  rule: QualityRule,
  doc: QDocument,
  sourceMap: SourceMap | undefined,
  options: QualityOptions,
  out: Finding[],
): void {
  const entry = xdfmEntry(rule.code);
  if (entry === undefined || entry.typ === 'D') return;
  const typ = entry.typ;
  const seen = new Set<string>();
  let elements = elementsCache.get(doc);
  if (elements === undefined) elementsCache.set(doc, (elements = distinct(doc)));
  const ctx: RuleContext = {
    doc,
    elements,
    registry: options.registry,
    resolver: options.resolver,
    catalogueStrict: options.catalogueStrict ?? false,
    report(element, where = {}) {
      const parent = where.parent;
      const k = `${element.kind}|${element.id}|${element.version ?? ''}|${parent?.id ?? ''}|${parent?.version ?? ''}`;
      if (seen.has(k)) return;
      seen.add(k);
      const at = where.at ?? element.source;
      const fieldPos = where.field === undefined ? undefined : sourceMap?.positionOf(at, where.field);
      const pos = fieldPos ?? sourceMap?.positionOf(at);
      const path = sourceMap?.pathOf(at);
      const f: Record<string, unknown> = {
        severity: SEVERITY[typ],
        code: `XDFM${rule.code}`,
        message: entry.text,
        source: 'quality',
        xdfm: rule.code,
        typ,
        elementId: element.id,
        elementKind: element.kind,
      };
      if (element.version !== undefined) f.elementVersion = element.version;
      if (parent !== undefined) {
        f.parentId = parent.id;
        if (parent.version !== undefined) f.parentVersion = parent.version;
      }
      if (path !== undefined) f.path = fieldPos === undefined ? path : `${path}/${where.field}`;
      if (pos !== undefined) {
        f.line = pos.line;
        f.column = pos.column;
      }
      out.push(f as unknown as Finding);
    },
  };
  rule.check(ctx);
}

/**
 * The help link of an XDFM code on docs.fitko.de.
 *
 * @example
 * ```ts
 * xdfmHelpUrl(1102); // 'https://docs.fitko.de/fim/docs/datenfelder/QS_Bericht#M1102'
 * ```
 */
export function xdfmHelpUrl(code: number): string {
  return `${xdfmCatalogueInfo.helpUrl}#M${code}`;
}
