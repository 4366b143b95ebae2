/**
 * A cheap one-pass overview of a FIM document: what it is (see {@link detectRoot}), the id and version of
 * its main object, and how many elements of the main kinds it holds. Used by `fimkit inspect`.
 *
 * @module
 */

import type { Diagnostic, Result } from '../core/diagnostics.js';
import { readXml, type XmlElement, type XmlReadOptions } from '../core/xml/index.js';
import { type Detection, detectRoot } from './detect.js';
import type { FimStandard } from './registry.js';

/**
 * Where a standard keeps the id of its main object: the first element matching `container` (local names
 * below the root, `*` for any) that has an `id` child; `version` is read from the same container.
 */
interface IdSpec {
  readonly container: readonly string[];
  readonly id: string;
  readonly version: string;
}

interface SummarySpec {
  /** Element local names counted anywhere in the document, in output order. */
  readonly counted: readonly string[];
  readonly id: IdSpec;
}

/**
 * What {@link summarize} counts and where it finds the main id, per standard.
 *
 * @example
 * ```ts
 * SUMMARY_SPECS.genericode.counted; // ['Column', 'Row']
 * ```
 */
export const SUMMARY_SPECS: Readonly<Record<FimStandard, SummarySpec>> = Object.freeze({
  // XDatenfelder 2.0/3.0.0: `<message>/<main element>/identifikation/{id,version}` (AllgemeineAngaben).
  xdatenfelder: {
    counted: ['datenfeldgruppe', 'datenfeld', 'regel', 'struktur', 'codelisteReferenz', 'wert'],
    id: { container: ['*', 'identifikation'], id: 'id', version: 'version' },
  },
  // genericode 1.0: `CodeList/Identification/{ShortName,Version}`.
  genericode: {
    counted: ['Column', 'Row'],
    id: { container: ['Identification'], id: 'ShortName', version: 'Version' },
  },
  // XProzess 2.0: the first `prozesskatalog/prozessklasse` or `prozessbibliothek/prozess` (spec/xprozess.md).
  xprozess: {
    counted: ['prozessklasse', 'prozess', 'aktivitaetengruppe'],
    id: { container: ['*', '*'], id: 'id', version: 'version' },
  },
  // XZuFi 2.x: transfer objects (spec/xzufi.md §2.1); the id of the first object.
  xzufi: {
    counted: [
      'leistung',
      'organisationseinheit',
      'onlinedienst',
      'spezialisierung',
      'zustaendigkeitTransferObjekt',
    ],
    id: { container: ['*', '*'], id: 'id', version: 'version' },
  },
});

/**
 * The overview {@link summarize} returns.
 *
 * @example
 * ```ts
 * const s: Summary = { detection, id: 'S00000000362', idVersion: '1.0.0', counts: { datenfeld: 12 }, encoding: 'utf-8' };
 * ```
 */
export interface Summary {
  /** What the document is; absent when it is not a FIM artefact (see the diagnostics). */
  readonly detection?: Detection;
  /** Id of the main object (`S00000000362`, a code list's ShortName), where found. */
  readonly id?: string;
  /** Version of the main object (`1.0.0`, a code list's Version), where found. */
  readonly idVersion?: string;
  /** Element counts by local name for the main kinds of the standard (zero counts included). */
  readonly counts: Readonly<Record<string, number>>;
  /** The encoding the bytes were decoded with. */
  readonly encoding: string;
}

const matches = (pattern: readonly string[], path: readonly string[]): boolean =>
  pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]);

/**
 * Reads a whole document once and returns its {@link Summary} plus every diagnostic of the reader and of
 * detection. `value` is `undefined` only when no root element could be read.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = summarize(await readFile('schema.xdf.xml'));
 * console.log(value?.detection?.label, value?.id, value?.counts.datenfeld);
 * ```
 */
export function summarize(input: Uint8Array | string, options: XmlReadOptions = {}): Result<Summary> {
  const detectDiagnostics: Diagnostic[] = [];
  let rootSeen = false;
  let detection: Detection | undefined;
  let spec: SummarySpec | undefined;
  const counts: Record<string, number> = {};
  let counted = new Set<string>();
  // Local names of the open elements below the root.
  const path: string[] = [];
  let candidate: { el: XmlElement; depth: number; id?: string; version?: string } | undefined;
  let found: { id: string; version?: string } | undefined;
  let capture: 'id' | 'version' | undefined;
  let text = '';

  const summary = readXml(
    input,
    {
      openElement(el, depth) {
        if (depth === 1) {
          // After a well-formedness error the reader may report further top-level elements; only the
          // first one is the root (the reader has already reported the others).
          if (rootSeen) return;
          rootSeen = true;
          const result = detectRoot(el);
          detectDiagnostics.push(...result.diagnostics);
          detection = result.value;
          if (detection !== undefined) {
            spec = SUMMARY_SPECS[detection.standard];
            counted = new Set(spec.counted);
            for (const k of spec.counted) counts[k] = 0;
            // A single transfer object as the root (an XZuFi Leistung download): it is the main object.
            if (counted.has(el.local)) {
              counts[el.local] = 1;
              candidate = { el, depth };
            }
          }
          return;
        }
        path.push(el.local);
        if (spec === undefined) return;
        if (counted.has(el.local)) counts[el.local] = (counts[el.local] ?? 0) + 1;
        if (found !== undefined) return;
        if (candidate === undefined) {
          if (matches(spec.id.container, path)) candidate = { el, depth };
        } else if (depth === candidate.depth + 1) {
          capture = el.local === spec.id.id ? 'id' : el.local === spec.id.version ? 'version' : undefined;
          text = '';
        }
      },
      text(value) {
        if (capture !== undefined) text += value;
      },
      closeElement(el, depth) {
        if (el === candidate?.el) {
          if (candidate.id !== undefined) {
            found =
              candidate.version === undefined
                ? { id: candidate.id }
                : { id: candidate.id, version: candidate.version };
          }
          candidate = undefined;
        } else if (capture !== undefined && candidate !== undefined) {
          if (candidate[capture] === undefined) candidate[capture] = text.trim();
          capture = undefined;
        }
        if (depth > 1) path.pop();
      },
    },
    options,
  );

  const diagnostics = [...summary.diagnostics];
  // Detection findings belong before later well-formedness errors; keep document order by line.
  diagnostics.push(...detectDiagnostics);
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (!rootSeen) return { value: undefined, diagnostics };
  const value: { -readonly [K in keyof Summary]: Summary[K] } = { counts, encoding: summary.encoding };
  if (detection !== undefined) value.detection = detection;
  if (found !== undefined) {
    value.id = found.id;
    if (found.version !== undefined) value.idVersion = found.version;
  }
  return { value, diagnostics };
}
