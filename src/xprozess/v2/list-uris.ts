/**
 * Rewriting code-list URIs to the values the XProzess 2.0 XSD fixes (`urn:de:xprozess:codeliste:*` with
 * `listVersionID="1.0"`, `urn:de:bund:destatis:…`), for consumers that validate against the strict schema.
 * Real exports use the XRepository URNs (`urn:xoev-de:…`) instead; `parse` accepts both.
 *
 * @module
 */
import type { MessageSpec, TypeSpec } from '../../core/binding/index.js';
import type { XprozessDocument } from './model-messages.js';
import { xprozessMessages } from './specs-messages.js';

const X = 'urn:de:xprozess:codeliste:';
const D = 'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:';

/**
 * The fixed `listURI` (and `listVersionID`, where fixed) of each code type in the XSD.
 *
 * @example
 * ```ts
 * XSD_FIXED_LIST_URIS['Code.Status']; // { listURI: 'urn:de:xprozess:codeliste:status', listVersionID: '1.0' }
 * ```
 */
export const XSD_FIXED_LIST_URIS: Readonly<
  Record<string, { readonly listURI: string; readonly listVersionID?: string }>
> = {
  'Code.Nachricht': { listURI: `${X}nachricht`, listVersionID: '1.0' },
  'Code.Status': { listURI: `${X}status`, listVersionID: '1.0' },
  'Code.Prozessrolle': { listURI: `${X}prozessrolle`, listVersionID: '1.0' },
  'Code.Entscheidungsart': { listURI: `${X}entscheidungsart`, listVersionID: '1.0' },
  'Code.FormellePruefung': { listURI: `${X}formellepruefung`, listVersionID: '1.0' },
  'Code.Bearbeitungsart': { listURI: `${X}bearbeitungsart`, listVersionID: '1.0' },
  'Code.Versionen': { listURI: `${X}versionen`, listVersionID: '1.0' },
  'Code.Referenzaktivitaetengruppe': { listURI: `${X}referenzaktivitaetengruppe`, listVersionID: '1.0' },
  'Code.Modellierungsmethode': { listURI: `${X}modellierungsmethode` },
  'Code.Uebermittlungsart': { listURI: `${X}uebermittlungsart` },
  'Code.Beteiligungsform': { listURI: `${X}beteiligungsform` },
  'Code.Kreis': { listURI: `${D}kreis` },
  'Code.Bezirk': { listURI: `${D}bezirk` },
  'Code.Bundesland': { listURI: `${D}bundesland` },
  'Code.Gemeindeschluessel': { listURI: `${D}ags` },
  'Code.Regionalschluessel': { listURI: `${D}rs` },
  'Code.Staat': { listURI: `${D}staat` },
  'Code.Gemeindeverband': { listURI: `${D}gemeindeverband` },
};

type Obj = Record<string, unknown>;

/**
 * A copy of the document whose code values carry the list URIs (and versions) the XSD fixes; codes
 * themselves and every other value are unchanged. Code types without fixed values are left as they are.
 *
 * @example
 * ```ts
 * const strict = build(withXsdListUris(doc)); // valid against the strict reconstructed XSD
 * ```
 */
export function withXsdListUris(doc: XprozessDocument): XprozessDocument {
  const copy = structuredClone(doc);
  const message = (xprozessMessages as Record<string, MessageSpec>)[copy.message];
  if (message !== undefined) walk(copy.model as unknown as Obj, message.type);
  return copy;
}

function walk(o: Obj, t: TypeSpec): void {
  for (const e of t.elements()) {
    if (e.type === 'text') continue;
    const v = o[e.name];
    if (v === undefined) continue;
    const type = e.type;
    for (const item of e.max === 1 ? [v] : (v as unknown[])) {
      if (typeof item !== 'object' || item === null) continue;
      const fixed = XSD_FIXED_LIST_URIS[type.name];
      if (fixed === undefined) walk(item as Obj, type);
      else Object.assign(item, fixed);
    }
  }
}
