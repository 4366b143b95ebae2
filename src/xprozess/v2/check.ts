/**
 * Content checks over a bound XProzess 2.0 model that the binding cannot express: code-list
 * membership and URN family (`xprozess/unknown-code`, `xprozess/unknown-list-uri`), the message code in
 * the header (`xprozess/message-type`), the Strukturbeschreibung choice (`xprozess/choice`) and the
 * match of `spezifischeAttributeN` with the Referenzaktivitaetengruppe code
 * (`xprozess/spezifische-attribute`). All are warnings except the choice; values are always kept.
 *
 * @module
 */
import type { SourceMap, TypeSpec } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { isAcceptedListUri, NACHRICHT_CODES, XPROZESS_CODE_LISTS } from './codes.js';
import { Aktivitaetengruppe, Strukturbeschreibung } from './specs-prozess.js';

type Obj = Readonly<Record<string, unknown>>;

/** Appends every finding below the message root `root` (of type `type`) to `out`. */
export function checkContent(
  root: Obj,
  type: TypeSpec,
  messageName: string,
  sourceMap: SourceMap,
  out: Diagnostic[],
): void {
  const report = (
    severity: Diagnostic['severity'],
    code: string,
    msg: string,
    owner: Obj,
    field?: string,
  ) => {
    const at =
      (field === undefined ? undefined : sourceMap.positionOf(owner, field)) ?? sourceMap.positionOf(owner);
    out.push(
      diagnostic(severity, `xprozess/${code}`, msg, 'xprozess', {
        path: sourceMap.pathOf(owner),
        line: at?.line,
        column: at?.column,
      }),
    );
  };

  const kopf = root.nachrichtenkopf as Obj | undefined;
  const typ = kopf?.nachrichtentyp as Obj | undefined;
  if (typ !== undefined && typeof typ.code === 'string') {
    const expected = (NACHRICHT_CODES as Record<string, string>)[typ.code];
    if (expected !== messageName) {
      report(
        'warning',
        'message-type',
        `nachrichtentyp ${typ.code} does not match the root element ${messageName}.`,
        typ,
        'code',
      );
    }
  }

  const checkCode = (t: TypeSpec, o: Obj, element: string) => {
    const list = XPROZESS_CODE_LISTS[t.name];
    if (list === undefined) return;
    const uri = o.listURI;
    if (typeof uri === 'string' && !isAcceptedListUri(list, uri)) {
      report(
        'info',
        'unknown-list-uri',
        `<${element}> names list ${uri}, not a known URI of the ${list.list} list; kept.`,
        o,
      );
    }
    const code = o.code;
    if (list.codes !== undefined && typeof code === 'string' && !Object.hasOwn(list.codes, code)) {
      report(
        'warning',
        'unknown-code',
        `"${code}" in <${element}> is not a known ${list.list} code; kept.`,
        o,
        'code',
      );
    }
  };

  const walk = (o: Obj, t: TypeSpec): void => {
    if (t === Strukturbeschreibung) {
      const n =
        (o.strukturbeschreibungFIM === undefined ? 0 : 1) +
        (o.strukturbeschreibungSonstige === undefined ? 0 : 1);
      if (n !== 1) {
        report(
          'error',
          'choice',
          'Strukturbeschreibung must contain exactly one of strukturbeschreibungFIM, strukturbeschreibungSonstige.',
          o,
        );
      }
    }
    if (t === Aktivitaetengruppe) checkVariant(o);
    for (const e of t.elements()) {
      if (e.type === 'text') continue;
      const v = o[e.name];
      if (v === undefined) continue;
      const items = e.max === 1 ? [v] : (v as readonly unknown[]);
      for (const item of items) {
        if (typeof item !== 'object' || item === null) continue;
        if (XPROZESS_CODE_LISTS[e.type.name] !== undefined) checkCode(e.type, item as Obj, e.name);
        else walk(item as Obj, e.type);
      }
    }
  };

  const checkVariant = (gruppe: Obj) => {
    const typ = (gruppe.referenzaktivitaetengruppeTyp as Obj | undefined)?.code;
    const attrs = gruppe.spezifischeAttribute as Obj | undefined;
    if (typeof typ !== 'string' || attrs === undefined) return;
    const chosen = Object.keys(attrs).find(
      (k) => /^spezifischeAttribute\d$/.test(k) && attrs[k] !== undefined,
    );
    if (chosen !== undefined && chosen !== `spezifischeAttribute${typ}`) {
      report(
        'warning',
        'spezifische-attribute',
        `Aktivitaetengruppe ${String(gruppe.id)} has Referenzaktivitaetengruppe ${typ} but carries ${chosen}.`,
        attrs,
      );
    }
  };

  walk(root, type);
}
