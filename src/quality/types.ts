/**
 * Types of the quality engine: findings, rules, the rule context and the options of `checkQuality`.
 *
 * @module
 */
import type { Diagnostic } from '../core/diagnostics.js';
import type { XdfmTyp } from './catalogue.js';
import type { ElementKind, QDocument, QElement, QualityFormat } from './model.js';

/**
 * One XDFM quality finding. It is a {@link Diagnostic} (`source: 'quality'`, `code` = `XDFM<code>`) with the
 * catalogue data and the element it concerns. Findings about a structure reference (multiplicity, the
 * `bezug` of a `struktur`, the child's status within its parent) name the child and carry `parentId`.
 *
 * @example
 * ```ts
 * const f: Finding = { code: 'XDFM1106', xdfm: 1106, typ: 'W', severity: 'warning', message: '…',
 *   source: 'quality', elementId: 'G00000000001', elementVersion: '1.0.0', elementKind: 'datenfeldgruppe',
 *   path: '/xdatenfelder.stammdatenschema.0102/stammdatenschema/struktur/enthaelt/datenfeldgruppe', line: 3, column: 5 };
 * ```
 */
export interface Finding extends Diagnostic {
  /** `XDFM` + the catalogue code. */
  readonly code: `XDFM${number}`;
  /** The catalogue code as a number. */
  readonly xdfm: number;
  /** The catalogue type. */
  readonly typ: Exclude<XdfmTyp, 'D'>;
  readonly elementId: string;
  readonly elementVersion?: string;
  readonly elementKind: ElementKind;
  /** The schema or group whose `struktur` the finding concerns. */
  readonly parentId?: string;
  readonly parentVersion?: string;
}

/** A code list as the quality rules need it: its code values and column ids. */
export interface QualityCodeList {
  readonly codes: readonly string[];
  readonly columns: readonly string[];
}

/**
 * Offline code list content, e.g. adapted from `fimkit/codelist`'s registry. Enables the rules that
 * compare field content and column references with a code list (1076, 1122).
 *
 * @example
 * ```ts
 * const registry: QualityRegistry = { lookup: (uri, version) => (uri === 'urn:x' ? { codes: ['01'], columns: ['code'] } : undefined) };
 * ```
 */
export interface QualityRegistry {
  lookup(canonicalIdentification: string, version: string | undefined): QualityCodeList | undefined;
}

/**
 * Answers to the questions only online services can answer (XRepository, the FIM Sammelrepository).
 * Rules 1115, 1125 and 1126 run only when the matching function is supplied.
 *
 * @example
 * ```ts
 * const resolver: QualityResolver = { codeListAvailable: () => true, latestVersion: () => undefined };
 * ```
 */
export interface QualityResolver {
  /** 1115: is the code list (canonical identification + version) available in XRepository? */
  codeListAvailable?(canonicalIdentification: string, version: string | undefined): boolean;
  /** 1125: is the Dokumentsteckbrief available in the Sammelrepository? */
  dokumentsteckbriefAvailable?(id: string, version: string | undefined): boolean;
  /** 1126: the newest version of an element in the Sammelrepository, if known. */
  latestVersion?(id: string): string | undefined;
}

/** What a rule sees: the document, its distinct elements, and a function to report. */
export interface RuleContext {
  readonly doc: QDocument;
  /** Distinct elements (kind + id + version), first occurrence, document order. */
  readonly elements: readonly QElement[];
  readonly registry: QualityRegistry | undefined;
  readonly resolver: QualityResolver | undefined;
  /** Follow the catalogue's wording where the reference is narrower (`QualityOptions.catalogueStrict`). */
  readonly catalogueStrict: boolean;
  /**
   * Reports the rule's code on `element`. `parent` marks a finding about a structure reference;
   * `at` is the model object to take the position from, `field` a child element of it.
   */
  report(element: QElement, where?: { parent?: QElement; at?: object; field?: string }): void;
}

/**
 * A quality rule: plain data plus a check function.
 *
 * @example
 * ```ts
 * const rule: QualityRule = { code: 1106, appliesTo: ['xdf2', 'xdf3'], check: (ctx) => {} };
 * ```
 */
export interface QualityRule {
  /** The XDFM code. */
  readonly code: number;
  /** The formats it applies to. */
  readonly appliesTo: readonly QualityFormat[];
  /** What the rule needs beyond the file. */
  readonly needs?: 'registry' | 'resolver';
  check(ctx: RuleContext): void;
}
