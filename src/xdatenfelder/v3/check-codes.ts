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

/** Appends an `xdf3/unknown-code` warning for every code outside its list below `obj` (of type `type`). */
export function checkCodes(obj: Obj, type: TypeSpec, sourceMap: SourceMap, out: Diagnostic[]): void {
  const report = (list: CodeList, value: string, owner: Obj, field: string, element: string) => {
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
  };
  const walk = (o: Obj, t: TypeSpec): void => {
    const texts = listOfText.get(t);
    for (const e of t.elements()) {
      const v = o[e.name];
      if (v === undefined) continue;
      if (e.type === 'text') {
        const list = texts?.[e.name];
        if (list === undefined) continue;
        const values = Array.isArray(v) ? (v as unknown[]) : [v];
        for (const value of values) {
          if (typeof value === 'string' && !isCodeOf(list, value)) report(list, value, o, e.name, e.name);
        }
        continue;
      }
      const items = e.max === 1 ? [v] : (v as readonly unknown[]);
      const list = listOfType.get(e.type);
      for (const item of items) {
        if (typeof item !== 'object' || item === null) continue;
        const child = item as Obj;
        if (list !== undefined) {
          const code = child.code;
          if (typeof code === 'string' && !isCodeOf(list, code)) report(list, code, child, 'code', e.name);
        } else walk(child, e.type);
      }
    }
  };
  walk(obj, type);
}
