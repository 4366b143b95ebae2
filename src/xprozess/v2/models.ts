/**
 * The embedded files of a parsed XProzess 2.0 document and the BPMN process graphs among them.
 *
 * @module
 */
import type { SourceMap } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { type ArchiveLimits, type EmbeddedFile, openDatei } from './archive.js';
import { type BpmnModel, parseBpmn } from './bpmn.js';
import type { Datei, Prozess } from './model.js';
import type { XprozessDocument } from './model-messages.js';

/**
 * The role of a file in `Prozessmodell`.
 *
 * @example
 * ```ts
 * const r: DateiRole = 'prozessmodelldatei';
 * ```
 */
export type DateiRole = 'prozessmodelldatei' | 'visualisierungsdatei' | 'beschreibungsdatei';

/**
 * One `Datei` of one Prozess, opened.
 *
 * @example
 * ```ts
 * for (const e of embeddedFiles(doc)) console.log(e.prozess.id, e.role, e.files.map((f) => f.name));
 * ```
 */
export interface OpenedDatei {
  readonly prozess: Prozess;
  readonly role: DateiRole;
  readonly datei: Datei;
  /** The unpacked files (empty when the content could not be opened). */
  readonly files: readonly EmbeddedFile[];
  readonly diagnostics: readonly Diagnostic[];
}

const ROLES: readonly DateiRole[] = ['prozessmodelldatei', 'visualisierungsdatei', 'beschreibungsdatei'];

/**
 * The processes of a document (its `prozessbibliothek`, when it has one).
 *
 * @example
 * ```ts
 * prozesseOf(doc).map((p) => p.id);
 * ```
 */
export function prozesseOf(doc: XprozessDocument): readonly Prozess[] {
  const model = doc.model as { readonly prozessbibliothek?: { readonly prozess: readonly Prozess[] } };
  return model.prozessbibliothek?.prozess ?? [];
}

/**
 * Opens every embedded file of every Prozess (base64, then ZIP with {@link ArchiveLimits}), or only
 * those of the given roles.
 * Diagnostics carry the position of the `Datei` when a source map is given.
 *
 * @example
 * ```ts
 * const { value, sourceMap } = parse(bytes);
 * if (value) for (const e of embeddedFiles(value, {}, sourceMap)) console.log(e.datei.dateiname, e.files.length);
 * ```
 */
export function embeddedFiles(
  doc: XprozessDocument,
  limits: ArchiveLimits = {},
  sourceMap?: SourceMap,
  roles: readonly DateiRole[] = ROLES,
): OpenedDatei[] {
  const out: OpenedDatei[] = [];
  for (const prozess of prozesseOf(doc)) {
    const pm = prozess.prozessmodell;
    if (pm === undefined) continue;
    for (const role of roles) {
      for (const datei of pm[role]) {
        const pos = sourceMap?.positionOf(datei);
        const r = openDatei(datei, limits, {
          path: sourceMap?.pathOf(datei),
          line: pos?.line,
          column: pos?.column,
        });
        out.push({ prozess, role, datei, files: r.value ?? [], diagnostics: r.diagnostics });
      }
    }
  }
  return out;
}

/**
 * A BPMN model found in a `prozessmodelldatei`.
 *
 * @example
 * ```ts
 * const m: ProcessModel = processModels(doc).models[0]!;
 * m.bpmn.nodes.length;
 * ```
 */
export interface ProcessModel {
  readonly prozess: Prozess;
  readonly datei: Datei;
  /** Name of the file inside the archive. */
  readonly fileName: string;
  readonly bpmn: BpmnModel;
}

/**
 * Opens every `prozessmodelldatei` and parses the BPMN 2.0 model in it. A model file whose archive
 * holds no XML file, or whose XML is not BPMN, is reported as `xprozess/not-bpmn`; archive problems
 * come from {@link openDatei}.
 *
 * @example
 * ```ts
 * const { models, diagnostics } = processModels(doc);
 * for (const m of models) console.log(m.prozess.id, m.bpmn.nodes.filter((n) => n.kind === 'activity').length);
 * ```
 */
export function processModels(
  doc: XprozessDocument,
  limits: ArchiveLimits = {},
  sourceMap?: SourceMap,
): { models: ProcessModel[]; diagnostics: Diagnostic[] } {
  const models: ProcessModel[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const opened of embeddedFiles(doc, limits, sourceMap, ['prozessmodelldatei'])) {
    diagnostics.push(...opened.diagnostics);
    if (opened.files.length === 0 && opened.diagnostics.some((d) => d.severity === 'error')) continue;
    const pos = sourceMap?.positionOf(opened.datei);
    const xmlFiles = opened.files.filter((f) => looksLikeXml(f));
    if (xmlFiles.length === 0) {
      diagnostics.push(
        diagnostic(
          'error',
          'xprozess/not-bpmn',
          `Model file "${opened.datei.dateiname}" of Prozess ${opened.prozess.id} holds no XML file ` +
            `(${opened.files.map((f) => f.name).join(', ') || 'empty'}), so no BPMN model.`,
          'xprozess',
          { path: sourceMap?.pathOf(opened.datei), line: pos?.line, column: pos?.column },
        ),
      );
      continue;
    }
    for (const f of xmlFiles) {
      const r = parseBpmn(f.bytes, `${opened.datei.dateiname}/${f.name}`);
      diagnostics.push(...r.diagnostics);
      if (r.value !== undefined) {
        models.push({ prozess: opened.prozess, datei: opened.datei, fileName: f.name, bpmn: r.value });
      }
    }
  }
  return { models, diagnostics };
}

function looksLikeXml(f: EmbeddedFile): boolean {
  if (/\.(xml|bpmn|bpmn2)$/i.test(f.name)) return true;
  let i = 0;
  if (f.bytes[0] === 0xef && f.bytes[1] === 0xbb && f.bytes[2] === 0xbf) i = 3;
  while (
    i < f.bytes.length &&
    (f.bytes[i] === 0x20 || f.bytes[i] === 0x0a || f.bytes[i] === 0x0d || f.bytes[i] === 0x09)
  )
    i++;
  return f.bytes[i] === 0x3c;
}
