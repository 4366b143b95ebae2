/**
 * LeiKa Leistungsschlüssel: parse, validate and format the 14-digit service keys.
 *
 * Layout (spec/xzufi.md §6): two prefix digits (`99` for keys issued by the Bundesredaktion) followed by
 * four blocks of three digits: Leistungsgruppierung, Leistungsobjekt, Verrichtung, Verrichtungsdetail.
 *
 * @module
 */

import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';

/** The URN prefix of a LeiKa service (`urn:de:fim:leika:leistung:<key>`), also the FIT-Connect service id. */
export const LEIKA_URN_PREFIX = 'urn:de:fim:leika:leistung:';

/**
 * The Leistungstyp of a key: `lo` Leistungsobjekt, `lov` Leistungsobjekt mit Verrichtung, `lovd`
 * Leistungsobjekt mit Verrichtung und Verrichtungsdetail.
 */
export type Leistungstyp = 'lo' | 'lov' | 'lovd';

/**
 * A parsed Leistungsschlüssel. All blocks are kept as zero-padded digit strings.
 *
 * @example
 * ```ts
 * const k = parseLeistungsschluessel('99006028261000').value;
 * k?.verrichtung; // '261'
 * ```
 */
export interface Leistungsschluessel {
  /** The 14-digit key. */
  readonly schluessel: string;
  /** The two leading digits (`99` for federal keys). */
  readonly praefix: string;
  /** Block 1: Leistungsgruppierung (3 digits). */
  readonly leistungsgruppierung: string;
  /** Block 2: number of the Leistungsobjekt within the Gruppierung (3 digits). */
  readonly leistungsobjekt: string;
  /** Block 3: Verrichtung (3 digits, `000` = none). */
  readonly verrichtung: string;
  /** Block 4: Verrichtungsdetail (3 digits, `000` = none). */
  readonly verrichtungsdetail: string;
  /** Key of the Leistungsobjekt: first 8 digits + `000000`. */
  readonly leistungsobjektSchluessel: string;
  /** Key of the Leistungsobjekt mit Verrichtung: first 11 digits + `000`. */
  readonly leistungsobjektMitVerrichtungSchluessel: string;
  /** `lo`, `lov` or `lovd`. */
  readonly typ: Leistungstyp;
  /** `urn:de:fim:leika:leistung:<key>`. */
  readonly urn: string;
}

/** The four blocks (and optional prefix) a key is formatted from; numbers or digit strings. */
export interface LeistungsschluesselTeile {
  /** Two digits; default `99`. */
  readonly praefix?: string | number;
  readonly leistungsgruppierung: string | number;
  readonly leistungsobjekt: string | number;
  /** Default `000`. */
  readonly verrichtung?: string | number;
  /** Default `000`. */
  readonly verrichtungsdetail?: string | number;
}

const SOURCE = 'leika';

function blocks(key: string): Leistungsschluessel {
  const verrichtung = key.slice(8, 11);
  const verrichtungsdetail = key.slice(11, 14);
  const typ: Leistungstyp = verrichtungsdetail !== '000' ? 'lovd' : verrichtung !== '000' ? 'lov' : 'lo';
  return {
    schluessel: key,
    praefix: key.slice(0, 2),
    leistungsgruppierung: key.slice(2, 5),
    leistungsobjekt: key.slice(5, 8),
    verrichtung,
    verrichtungsdetail,
    leistungsobjektSchluessel: `${key.slice(0, 8)}000000`,
    leistungsobjektMitVerrichtungSchluessel: `${key.slice(0, 11)}000`,
    typ,
    urn: `${LEIKA_URN_PREFIX}${key}`,
  };
}

/**
 * Parses and validates a Leistungsschlüssel, given as 14 digits or in URN form. Surrounding whitespace
 * is ignored. Malformed keys give `error` diagnostics (`leika/key-empty`, `leika/key-not-digits`,
 * `leika/key-length`) and no value; unusual but well-formed keys give warnings or infos
 * (`leika/key-not-federal`, `leika/key-gruppierung-range`, `leika/key-verrichtung-range`,
 * `leika/key-detail-without-verrichtung`). Columns are 1-based positions in `input`.
 *
 * @example
 * ```ts
 * const { value } = parseLeistungsschluessel('urn:de:fim:leika:leistung:99006028261000');
 * value?.typ; // 'lov'
 * value?.leistungsobjektSchluessel; // '99006028000000'
 * ```
 */
export function parseLeistungsschluessel(
  input: string,
  where: { line?: number; column?: number; path?: string } = {},
): Result<Leistungsschluessel> {
  const diagnostics: Diagnostic[] = [];
  const baseColumn = where.column ?? 1;
  const at = (offset: number) => ({ line: where.line ?? 1, column: baseColumn + offset, path: where.path });
  let start = input.length - input.trimStart().length;
  let text = input.trim();
  if (text.toLowerCase().startsWith(LEIKA_URN_PREFIX)) {
    start += LEIKA_URN_PREFIX.length;
    text = text.slice(LEIKA_URN_PREFIX.length);
  }
  if (text === '') {
    diagnostics.push(
      diagnostic('error', 'leika/key-empty', 'the Leistungsschlüssel is empty', SOURCE, at(0)),
    );
    return { value: undefined, diagnostics };
  }
  const bad = /[^0-9]/.exec(text);
  if (bad !== null) {
    diagnostics.push(
      diagnostic(
        'error',
        'leika/key-not-digits',
        `the Leistungsschlüssel "${text}" contains "${bad[0]}"; it must consist of 14 digits`,
        SOURCE,
        at(start + bad.index),
      ),
    );
    return { value: undefined, diagnostics };
  }
  if (text.length !== 14) {
    diagnostics.push(
      diagnostic(
        'error',
        'leika/key-length',
        `the Leistungsschlüssel "${text}" has ${text.length} digits; it must have 14`,
        SOURCE,
        at(start),
      ),
    );
    return { value: undefined, diagnostics };
  }
  const key = blocks(text);
  if (key.praefix !== '99') {
    diagnostics.push(
      diagnostic(
        'info',
        'leika/key-not-federal',
        `the Leistungsschlüssel ${text} does not start with 99, so it was not issued by the Bundesredaktion`,
        SOURCE,
        at(start),
      ),
    );
  }
  const gruppierung = Number(key.leistungsgruppierung);
  if (gruppierung < 1 || gruppierung > 603) {
    diagnostics.push(
      diagnostic(
        'warning',
        'leika/key-gruppierung-range',
        `Leistungsgruppierung ${key.leistungsgruppierung} is outside the known range 001-603`,
        SOURCE,
        at(start + 2),
      ),
    );
  }
  if (Number(key.verrichtung) > 279) {
    diagnostics.push(
      diagnostic(
        'warning',
        'leika/key-verrichtung-range',
        `Verrichtung ${key.verrichtung} is outside the known Verrichtungskennungen 1-279`,
        SOURCE,
        at(start + 8),
      ),
    );
  }
  if (key.verrichtung === '000' && key.verrichtungsdetail !== '000') {
    diagnostics.push(
      diagnostic(
        'warning',
        'leika/key-detail-without-verrichtung',
        `the Leistungsschlüssel ${text} has a Verrichtungsdetail (${key.verrichtungsdetail}) but no Verrichtung`,
        SOURCE,
        at(start + 11),
      ),
    );
  }
  return { value: key, diagnostics };
}

function pad(value: string | number, width: number, name: string): string {
  const s = typeof value === 'number' ? String(value) : value;
  if (
    !/^[0-9]+$/.test(s) ||
    s.length > width ||
    (typeof value === 'number' && !Number.isSafeInteger(value))
  ) {
    throw new RangeError(`${name} must be a whole number with at most ${width} digits, got ${String(value)}`);
  }
  return s.padStart(width, '0');
}

/**
 * Formats a Leistungsschlüssel from its blocks, zero-padding each. Throws a `RangeError` (a programmer
 * error) when a block is not a whole number that fits.
 *
 * @example
 * ```ts
 * formatLeistungsschluessel({ leistungsgruppierung: 6, leistungsobjekt: 28, verrichtung: 261 }); // '99006028261000'
 * ```
 */
export function formatLeistungsschluessel(teile: LeistungsschluesselTeile): string {
  return (
    pad(teile.praefix ?? '99', 2, 'praefix') +
    pad(teile.leistungsgruppierung, 3, 'leistungsgruppierung') +
    pad(teile.leistungsobjekt, 3, 'leistungsobjekt') +
    pad(teile.verrichtung ?? 0, 3, 'verrichtung') +
    pad(teile.verrichtungsdetail ?? 0, 3, 'verrichtungsdetail')
  );
}

/**
 * True when `value` is exactly 14 digits (no whitespace, no URN prefix).
 *
 * @example
 * ```ts
 * isLeistungsschluessel('99006028261000'); // true
 * ```
 */
export function isLeistungsschluessel(value: string): boolean {
  return /^[0-9]{14}$/.test(value);
}
