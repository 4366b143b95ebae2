/**
 * Code-list membership check over a bound XDatenfelder 3.0.0 model: every code value outside its list is
 * reported as an `xdf3/unknown-code` warning at its `<code>` element, and kept.
 *
 * @module
 */
import type { SourceMap, TypeSpec } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { type CodeList, isCodeOf, regelParamTyp, xdf3CodeLists } from './codes.js';
import * as specs from './specs-allgemein.js';
import { RegelParameter } from './specs-regel.js';

const listOfType = new Map<TypeSpec, CodeList>([
  [
    specs.CodeAbleitungsmodifikationenRepraesentation,
    xdf3CodeLists['Code.AbleitungsmodifikationenRepraesentation'],
  ],
  [specs.CodeAbleitungsmodifikationenStruktur, xdf3CodeLists['Code.AbleitungsmodifikationenStruktur']],
  [specs.CodeDatenqualitaet, xdf3CodeLists['Code.Datenqualitaet']],
  [specs.CodeDatentyp, xdf3CodeLists['Code.Datentyp']],
  [specs.CodeFeldart, xdf3CodeLists['Code.Feldart']],
  [specs.CodeFreigabestatus, xdf3CodeLists['Code.Freigabestatus']],
  [specs.CodeGruppenart, xdf3CodeLists['Code.Gruppenart']],
  [specs.CodeRegelParamTyp, xdf3CodeLists['Code.RegelParamTyp']],
  [specs.CodeRegeltyp, xdf3CodeLists['Code.Regeltyp']],
  [specs.CodeRelation, xdf3CodeLists['Code.Relation']],
  [specs.CodeSchemaelementart, xdf3CodeLists['Code.Schemaelementart']],
  [specs.CodeVorbefuellung, xdf3CodeLists['Code.Vorbefuellung']],
]);

/** Simple-typed elements with an enumerated type, by owning type and element name. */
const listOfText = new Map<TypeSpec, Record<string, CodeList>>([[RegelParameter, { typ: regelParamTyp }]]);

type Obj = Readonly<Record<string, unknown>>;

/**
 * Appends an `xdf3/unknown-code` warning for every code outside its list below `obj` (of type `type`).
 * Module-level functions, not closures made per document: the walk runs per element (see decision 0005).
 */
export function checkCodes(obj: Obj, type: TypeSpec, sourceMap: SourceMap, out: Diagnostic[]): void {
  walk(obj, type, sourceMap, out);
}

function walk(o: Obj, t: TypeSpec, sourceMap: SourceMap, out: Diagnostic[]): void {
  const texts = listOfText.get(t);
  for (const e of t.elements()) {
    const v = o[e.name];
    if (v === undefined) continue;
    if (e.type === 'text') {
      const list = texts?.[e.name];
      if (list === undefined) continue;
      if (!Array.isArray(v)) check(list, v, o, e.name, e.name, sourceMap, out);
      else for (const value of v) check(list, value, o, e.name, e.name, sourceMap, out);
      continue;
    }
    const list = listOfType.get(e.type);
    if (e.max === 1) child(v, e.name, e.type, list, sourceMap, out);
    else for (const item of v as readonly unknown[]) child(item, e.name, e.type, list, sourceMap, out);
  }
}

/** Checks one complex child: its `code` when its type is a code type, else everything below it. */
function child(
  item: unknown,
  element: string,
  type: TypeSpec,
  list: CodeList | undefined,
  sourceMap: SourceMap,
  out: Diagnostic[],
): void {
  if (typeof item !== 'object' || item === null) return;
  const obj = item as Obj;
  if (list !== undefined) check(list, obj.code, obj, 'code', element, sourceMap, out);
  else walk(obj, type, sourceMap, out);
}

function check(
  list: CodeList,
  value: unknown,
  owner: Obj,
  field: string,
  element: string,
  sourceMap: SourceMap,
  out: Diagnostic[],
): void {
  if (typeof value !== 'string' || isCodeOf(list, value)) return;
  const at = sourceMap.positionOf(owner, field) ?? sourceMap.positionOf(owner);
  const path = sourceMap.pathOf(owner);
  out.push(
    diagnostic(
      'warning',
      'xdf3/unknown-code',
      `"${value}" in <${element}> is not a code of ${list.name} (${list.canonicalUri}); kept.`,
      'xdf3',
      { path, line: at?.line, column: at?.column },
    ),
  );
}
