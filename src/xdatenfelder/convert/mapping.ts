/**
 * The value mappings of the XDatenfelder 2.0 ⇄ 3.0.0 conversion, one pure function per mapping, so each
 * can be tested (and property-tested) on its own. Behaviour verified against the FIM-XSLT converter
 * `XDF2_2_XDF3_0_14` (see `docs/conversion.md`).
 *
 * @module
 */
import type { Praezisierung as Xdf2Praezisierung } from '../v2/index.js';

/** The default Unternummernkreis inserted into XDF2 ids (`S05000058` → `S05000000058`). */
export const DEFAULT_UNTERNUMMERNKREIS = '000';

/**
 * Widens an XDF2 id to XDF3 by inserting the Unternummernkreis after the 3rd character (letter + the
 * 2-digit Nummernkreis). Works on any id, as FIM-XSLT does (`F00-4cb0…` → `F00000-4cb0…`); ids shorter
 * than 3 characters are returned unchanged.
 *
 * @example
 * ```ts
 * widenId('S05000058'); // 'S05000000058'
 * ```
 */
export function widenId(id: string, unternummernkreis: string = DEFAULT_UNTERNUMMERNKREIS): string {
  if (id.length < 3) return id;
  return id.slice(0, 3) + unternummernkreis + id.slice(3);
}

/**
 * Narrows an XDF3 id to XDF2 by removing the Unternummernkreis after the 3rd character, but only when it
 * equals `unternummernkreis`; otherwise returns `undefined` (the caller keeps the id and audits it).
 *
 * @example
 * ```ts
 * narrowId('F05000001047'); // 'F05001047'
 * narrowId('F05123001047'); // undefined
 * ```
 */
export function narrowId(
  id: string,
  unternummernkreis: string = DEFAULT_UNTERNUMMERNKREIS,
): string | undefined {
  if (id.length < 3 + unternummernkreis.length) return undefined;
  if (id.slice(3, 3 + unternummernkreis.length) !== unternummernkreis) return undefined;
  return id.slice(0, 3) + id.slice(3 + unternummernkreis.length);
}

/** An element id written in free text: a capital letter, then exactly 8 digits (XDF2) or 11 (XDF3). */
const ID_IN_TEXT_V2 = /(?<![A-Za-z0-9])([A-Z]\d{2})(\d{6})(?!\d)/g;

/**
 * Widens every XDF2 element id (letter + 8 digits, e.g. `F05001047`, also in `G00001377.F00002372`)
 * inside a free text, as FIM-XSLT does for rule texts (`FreitextRegelKorrektur=1`).
 *
 * @example
 * ```ts
 * widenIdsInText('Wenn F05001047 = "02", dann G05000499'); // 'Wenn F05000001047 = "02", dann G05000000499'
 * ```
 */
export function widenIdsInText(text: string, unternummernkreis: string = DEFAULT_UNTERNUMMERNKREIS): string {
  return text.replace(ID_IN_TEXT_V2, (_m, head: string, tail: string) => head + unternummernkreis + tail);
}

/**
 * The inverse of {@link widenIdsInText}: narrows every XDF3 id (letter + 11 digits) whose Unternummernkreis
 * equals `unternummernkreis`; other ids stay as they are.
 *
 * @example
 * ```ts
 * narrowIdsInText('Wenn F05000001047 leer ist'); // 'Wenn F05001047 leer ist'
 * ```
 */
export function narrowIdsInText(text: string, unternummernkreis: string = DEFAULT_UNTERNUMMERNKREIS): string {
  if (!/^\d{3}$/.test(unternummernkreis)) return text;
  const re = new RegExp(`(?<![A-Za-z0-9])([A-Z]\\d{2})${unternummernkreis}(\\d{6})(?!\\d)`, 'g');
  return text.replace(re, (_m, head: string, tail: string) => head + tail);
}

/**
 * Widens an XDF2 version (`\d+\.\d+`) to the XDF3 semver form by appending `.0`. Anything else (already
 * three parts, or not a version) is returned unchanged.
 *
 * @example
 * ```ts
 * widenVersion('1.4'); // '1.4.0'
 * ```
 */
export function widenVersion(version: string): string {
  return /^\d+\.\d+$/.test(version) ? `${version}.0` : version;
}

/**
 * Narrows an XDF3 version to XDF2 by dropping a `.0` patch; returns `undefined` when the patch is not 0
 * (or the text is no version), so the caller can keep it and audit the loss.
 *
 * @example
 * ```ts
 * narrowVersion('1.4.0'); // '1.4'
 * narrowVersion('1.4.2'); // undefined
 * ```
 */
export function narrowVersion(version: string): string | undefined {
  const m = /^(\d+\.\d+)\.0$/.exec(version);
  return m?.[1];
}

/** XPath `normalize-space`: collapses runs of space, tab, CR and LF and trims them. */
export function normalizeSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * Splits an XDF2 `bezug` text on `;` into the texts of several XDF3 `bezug` elements: each part
 * whitespace-normalized, empty parts dropped (as FIM-XSLT with `BezuegeAufteilen=1`).
 *
 * @example
 * ```ts
 * splitBezug('RFC 5322; RFC 5321 '); // ['RFC 5322', 'RFC 5321']
 * ```
 */
export function splitBezug(text: string): string[] {
  return text
    .split(';')
    .map(normalizeSpace)
    .filter((p) => p !== '');
}

/**
 * Joins XDF3 `bezug` texts into one XDF2 `bezug` with `; ` (the inverse of {@link splitBezug} for texts
 * where {@link isSplitCanonical} holds).
 *
 * @example
 * ```ts
 * joinBezug(['RFC 5322', 'RFC 5321']); // 'RFC 5322; RFC 5321'
 * ```
 */
export function joinBezug(parts: readonly string[]): string {
  return parts.join('; ');
}

/**
 * True when `splitBezug(joinBezug(parts))` gives `parts` back: no part is empty, none contains `;`, and
 * all are whitespace-normalized.
 */
export function isSplitCanonical(parts: readonly string[]): boolean {
  return parts.every((p) => p !== '' && !p.includes(';') && normalizeSpace(p) === p);
}

/** XDF2 `status` codes. */
export type Xdf2StatusCode = 'aktiv' | 'inaktiv' | 'inVorbereitung';

/**
 * XDF2 `status` (+ version and Freigabedatum) → XDF3 `freigabestatus`, as FIM-XSLT does: `inaktiv` → 7;
 * versioned and released (Freigabedatum present) → 6 (fachlich freigegeben, gold); everything else → 2
 * (in Bearbeitung).
 *
 * @example
 * ```ts
 * freigabestatusFromStatus('aktiv', true, '2021-10-20'); // '6'
 * freigabestatusFromStatus('aktiv', true, undefined); // '2'
 * ```
 */
export function freigabestatusFromStatus(
  status: string,
  hasVersion: boolean,
  freigabedatum: string | undefined,
): '2' | '6' | '7' {
  if (status.trim() === 'inaktiv') return '7';
  if (hasVersion && freigabedatum !== undefined && freigabedatum.trim() !== '') return '6';
  return '2';
}

/** The XDF3 `freigabestatus` codes that mean "released" (4 methodisch, 5 silber, 6 gold). */
export const RELEASED_FREIGABESTATUS: readonly string[] = ['4', '5', '6'];

/**
 * XDF3 `freigabestatus` → XDF2 `status`: 1–3 → `inVorbereitung`, 4–6 → `aktiv`, 7–8 → `inaktiv`;
 * unknown codes → `undefined`.
 *
 * @example
 * ```ts
 * statusFromFreigabestatus('6'); // 'aktiv'
 * ```
 */
export function statusFromFreigabestatus(code: string): Xdf2StatusCode | undefined {
  switch (code.trim()) {
    case '1':
    case '2':
    case '3':
      return 'inVorbereitung';
    case '4':
    case '5':
    case '6':
      return 'aktiv';
    case '7':
    case '8':
      return 'inaktiv';
    default:
      return undefined;
  }
}

/** The attributes of an XDF3 `praezisierung` (all strings, as in the XML). */
export interface PraezisierungAttributes {
  minLength?: string;
  maxLength?: string;
  minValue?: string;
  maxValue?: string;
  pattern?: string;
}

/**
 * Typed XDF2 praezisierung (from `parsePraezisierung`) → XDF3 `praezisierung` attributes. Keys outside
 * the five known ones (`extra`) have no place in XDF3 and are returned in `lost`.
 *
 * @example
 * ```ts
 * praezisierungToAttributes({ minLength: 1, maxLength: 55 }).attributes; // { minLength: '1', maxLength: '55' }
 * ```
 */
export function praezisierungToAttributes(p: Xdf2Praezisierung): {
  attributes: PraezisierungAttributes;
  lost: string[];
} {
  const attributes: PraezisierungAttributes = {};
  if (p.minLength !== undefined) attributes.minLength = String(p.minLength);
  if (p.maxLength !== undefined) attributes.maxLength = String(p.maxLength);
  if (p.minValue !== undefined) attributes.minValue = p.minValue;
  if (p.maxValue !== undefined) attributes.maxValue = p.maxValue;
  if (p.pattern !== undefined) attributes.pattern = p.pattern;
  return { attributes, lost: p.extra === undefined ? [] : Object.keys(p.extra) };
}

/**
 * XDF3 `praezisierung` attributes → typed XDF2 praezisierung (write it with `stringifyPraezisierung`).
 * Lengths that are not whole numbers cannot be written in the XDF2 convention and are returned in `lost`.
 *
 * @example
 * ```ts
 * attributesToPraezisierung({ minLength: '1', pattern: '[0-9]*' }).praezisierung; // { minLength: 1, pattern: '[0-9]*' }
 * ```
 */
export function attributesToPraezisierung(a: PraezisierungAttributes): {
  praezisierung: Xdf2Praezisierung;
  lost: string[];
} {
  const out: {
    minLength?: number;
    maxLength?: number;
    minValue?: string;
    maxValue?: string;
    pattern?: string;
  } = {};
  const lost: string[] = [];
  for (const key of ['minLength', 'maxLength'] as const) {
    const v = a[key];
    if (v === undefined) continue;
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (Number.isSafeInteger(n) && String(n) === v) out[key] = n;
    else lost.push(key);
  }
  if (a.minValue !== undefined) out.minValue = a.minValue;
  if (a.maxValue !== undefined) out.maxValue = a.maxValue;
  if (a.pattern !== undefined) out.pattern = a.pattern;
  return { praezisierung: out, lost };
}

/**
 * True when a code list URN counts as FIM-internal (contains one of `markers`, default `urn:de:fim:`
 * and `urn:xoev-de:fim:`, FIM-XSLT's `CodelistenInternIdentifier`).
 */
export function isInternalCodeliste(
  canonicalIdentification: string,
  markers: readonly string[] = DEFAULT_INTERNAL_CODELIST_MARKERS,
): boolean {
  return markers.some((m) => m !== '' && canonicalIdentification.includes(m));
}

/** FIM-XSLT's default `CodelistenInternIdentifier`. */
export const DEFAULT_INTERNAL_CODELIST_MARKERS: readonly string[] = ['urn:de:fim:', 'urn:xoev-de:fim:'];
