/**
 * The LeiKa catalogue: typed entries read from the published CSV, written back as CSV.
 *
 * Columns of the published file (spec/xzufi.md §6-7, LTOOL): `Schluessel`, `Bezeichnung`,
 * `Bezeichnung2`, `Typ`, `Leistungsgruppierung`, `Leistungskennung`, `Verrichtung`,
 * `Verrichtungsdetail`, `Besondere Merkmale`, `Synonyme`, `Veröffentlichungsdatum`; `;`-separated,
 * pipe-separated multi-values, dates `DD.MM.YYYY hh:mm`, ISO-8859-1 or UTF-8.
 *
 * @module
 */

import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { type CsvEncoding, decodeCsv, readCsv, writeCsv } from './csv.js';
import { parseLeistungsschluessel } from './key.js';
import { parseTypisierung, splitTypisierung } from './typisierung.js';

/**
 * One service of the LeiKa catalogue. Field names follow the CSV column names.
 *
 * @example
 * ```ts
 * const e: LeikaEintrag = {
 *   schluessel: '99006028261000', bezeichnung: 'Beispielleistung', typ: ['1'],
 *   besondereMerkmale: [], synonyme: [], weitereSpalten: {},
 * };
 * ```
 */
export interface LeikaEintrag {
  /** The 14-digit Leistungsschlüssel (kept as written when it is malformed). */
  readonly schluessel: string;
  readonly bezeichnung: string;
  readonly bezeichnung2?: string;
  /** Typisierung codes (`1;2/3` is `['1', '2/3']`). */
  readonly typ: readonly string[];
  /** Name of the Leistungsgruppierung. */
  readonly leistungsgruppierung?: string;
  /** Name of the Leistungsobjekt (Leistungskennung). */
  readonly leistungskennung?: string;
  readonly verrichtung?: string;
  readonly verrichtungsdetail?: string;
  /** Pipe-separated in the CSV. */
  readonly besondereMerkmale: readonly string[];
  /** Pipe-separated in the CSV. */
  readonly synonyme: readonly string[];
  /** Local date and time `YYYY-MM-DDThh:mm` (written `DD.MM.YYYY hh:mm` in the CSV). */
  readonly veroeffentlichungsdatum?: string;
  /** Columns fimkit does not know, by header name, kept for the round trip. */
  readonly weitereSpalten: Readonly<Record<string, string>>;
}

/**
 * A LeiKa catalogue: its entries in file order and the names of the unknown columns in file order.
 *
 * @example
 * ```ts
 * const empty: LeikaKatalog = { eintraege: [], weitereSpalten: [] };
 * ```
 */
export interface LeikaKatalog {
  readonly eintraege: readonly LeikaEintrag[];
  readonly weitereSpalten: readonly string[];
}

/** The catalogue fields that come from a column, and the column they are read from. */
export type LeikaSpalten = Readonly<Record<Exclude<keyof LeikaEintrag, 'weitereSpalten'>, string>>;

/**
 * The column names of the published LeiKa CSV.
 *
 * @example
 * ```ts
 * LEIKA_SPALTEN.veroeffentlichungsdatum; // 'Veröffentlichungsdatum'
 * ```
 */
export const LEIKA_SPALTEN: LeikaSpalten = Object.freeze({
  schluessel: 'Schluessel',
  bezeichnung: 'Bezeichnung',
  bezeichnung2: 'Bezeichnung2',
  typ: 'Typ',
  leistungsgruppierung: 'Leistungsgruppierung',
  leistungskennung: 'Leistungskennung',
  verrichtung: 'Verrichtung',
  verrichtungsdetail: 'Verrichtungsdetail',
  besondereMerkmale: 'Besondere Merkmale',
  synonyme: 'Synonyme',
  veroeffentlichungsdatum: 'Veröffentlichungsdatum',
});

/** Options of {@link parseCatalogueCsv} and {@link catalogueToCsv}. */
export interface CatalogueCsvOptions {
  /** Column names that differ from {@link LEIKA_SPALTEN}. */
  readonly columns?: Partial<LeikaSpalten>;
  /** Field separator; default `;`. */
  readonly separator?: string;
  /** Separator of multi-values; default `|`. */
  readonly multiSeparator?: string;
  /** Encoding of the bytes; default `auto` (UTF-8 when valid, else ISO-8859-1). */
  readonly encoding?: CsvEncoding | 'auto';
}

/** What {@link parseCatalogueCsv} returns. */
export interface CatalogueCsvResult {
  /** The catalogue, or `undefined` when the header lacks the key column. */
  readonly value: LeikaKatalog | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The encoding the bytes were read in. */
  readonly encoding: CsvEncoding;
  /** The 1-based line each entry starts on. */
  readonly lines: ReadonlyMap<LeikaEintrag, number>;
}

type Field = Exclude<keyof LeikaEintrag, 'weitereSpalten'>;
const FIELDS = Object.keys(LEIKA_SPALTEN) as Field[];
const MULTI = new Set<Field>(['besondereMerkmale', 'synonyme']);
const REQUIRED: readonly Field[] = ['schluessel', 'bezeichnung'];

/**
 * Parses a `DD.MM.YYYY hh:mm` date (time optional) into `YYYY-MM-DDThh:mm`, or `undefined`.
 *
 * @example
 * ```ts
 * parseLeikaDate('03.02.2025 14:05'); // '2025-02-03T14:05'
 * ```
 */
export function parseLeikaDate(value: string): string | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (m === null) return undefined;
  const [, d, mo, y, h = '0', mi = '00'] = m;
  const day = Number(d);
  const month = Number(mo);
  const year = Number(y);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || Number(h) > 23 || Number(mi) > 59) {
    return undefined;
  }
  const p = (x: string | number) => String(x).padStart(2, '0');
  return `${y}-${p(month)}-${p(day)}T${p(h)}:${mi}`;
}

/**
 * Formats `YYYY-MM-DDThh:mm` as the catalogue writes it, `DD.MM.YYYY hh:mm`.
 *
 * @example
 * ```ts
 * formatLeikaDate('2025-02-03T14:05'); // '03.02.2025 14:05'
 * ```
 */
export function formatLeikaDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (m === null) return value;
  return `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]}`;
}

/**
 * Reads a LeiKa catalogue from CSV bytes or text. Every problem is reported with line and column:
 * a missing key or Bezeichnung column (`leika/csv-missing-column`, no value), rows with too few or
 * too many fields (`leika/csv-field-count`), malformed keys (the `leika/key-*` codes), duplicate keys
 * (`leika/csv-duplicate-key`; both rows are kept), unknown Typisierung (`leika/typisierung-unknown`)
 * and unreadable dates (`leika/csv-date`; the date is dropped).
 *
 * @example
 * ```ts
 * const { value, diagnostics } = parseCatalogueCsv(await readFile('leika.csv'));
 * value?.eintraege[0]?.synonyme; // ['Synonym A', 'Synonym B']
 * ```
 */
export function parseCatalogueCsv(
  input: Uint8Array | string,
  options: CatalogueCsvOptions = {},
): CatalogueCsvResult {
  const decoded =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const }
      : decodeCsv(input, options.encoding);
  const separator = options.separator ?? ';';
  const multi = options.multiSeparator ?? '|';
  const columns: LeikaSpalten = { ...LEIKA_SPALTEN, ...options.columns };
  const { records, diagnostics: csvDiagnostics } = readCsv(decoded.text, separator);
  const diagnostics: Diagnostic[] = [...csvDiagnostics];
  const lines = new Map<LeikaEintrag, number>();
  const [header, ...rows] = records;
  const done = (value: LeikaKatalog | undefined): CatalogueCsvResult => ({
    value,
    diagnostics,
    encoding: decoded.encoding,
    lines,
  });
  if (header === undefined) {
    diagnostics.push(
      diagnostic('error', 'leika/csv-empty', 'the CSV has no header line', 'leika', { line: 1 }),
    );
    return done(undefined);
  }
  const names = header.fields.map((f) => f.value.trim());
  const indexOf = new Map<Field, number>();
  for (const field of FIELDS) {
    const i = names.indexOf(columns[field]);
    if (i >= 0) indexOf.set(field, i);
  }
  const missing = REQUIRED.filter((f) => !indexOf.has(f));
  for (const f of missing) {
    diagnostics.push(
      diagnostic('error', 'leika/csv-missing-column', `the header has no column "${columns[f]}"`, 'leika', {
        line: header.line,
        column: 1,
      }),
    );
  }
  if (missing.length > 0) return done(undefined);
  const known = new Set(indexOf.values());
  const extraIdx = names.map((_, i) => i).filter((i) => !known.has(i));
  const weitereSpalten = extraIdx.map((i) => names[i] ?? '');
  const eintraege: LeikaEintrag[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      diagnostics.push(
        diagnostic(
          'warning',
          'leika/csv-field-count',
          `the row has ${row.fields.length} fields, the header ${names.length}`,
          'leika',
          { line: row.line, column: 1 },
        ),
      );
    }
    const get = (f: Field) => {
      const i = indexOf.get(f);
      return i === undefined ? undefined : row.fields[i];
    };
    const keyField = get('schluessel');
    const schluessel = (keyField?.value ?? '').trim();
    const where = { line: keyField?.line ?? row.line, column: keyField?.column ?? 1 };
    diagnostics.push(...parseLeistungsschluessel(keyField?.value ?? '', where).diagnostics);
    const first = seen.get(schluessel);
    if (first !== undefined && schluessel !== '') {
      diagnostics.push(
        diagnostic(
          'error',
          'leika/csv-duplicate-key',
          `Leistungsschlüssel ${schluessel} already appears on line ${first}`,
          'leika',
          where,
        ),
      );
    } else seen.set(schluessel, row.line);
    const entry: Record<string, unknown> = {
      schluessel,
      bezeichnung: get('bezeichnung')?.value ?? '',
      typ: [],
      besondereMerkmale: [],
      synonyme: [],
    };
    for (const f of FIELDS) {
      if (f === 'schluessel' || f === 'bezeichnung') continue;
      const cell = get(f);
      if (cell === undefined || cell.value === '') continue;
      const at = { line: cell.line, column: cell.column };
      if (MULTI.has(f)) entry[f] = cell.value.split(multi);
      else if (f === 'typ') {
        diagnostics.push(...parseTypisierung(cell.value, at).diagnostics);
        entry.typ = splitTypisierung(cell.value);
      } else if (f === 'veroeffentlichungsdatum') {
        const date = parseLeikaDate(cell.value);
        if (date === undefined) {
          diagnostics.push(
            diagnostic(
              'warning',
              'leika/csv-date',
              `"${cell.value}" is not a date DD.MM.YYYY hh:mm`,
              'leika',
              at,
            ),
          );
        } else entry[f] = date;
      } else entry[f] = cell.value;
    }
    const extra: Record<string, string> = {};
    for (const i of extraIdx) {
      const v = row.fields[i]?.value;
      if (v !== undefined && v !== '') extra[names[i] ?? ''] = v;
    }
    entry.weitereSpalten = extra;
    const e = entry as unknown as LeikaEintrag;
    eintraege.push(e);
    lines.set(e, row.line);
  }
  return done({ eintraege, weitereSpalten });
}

/** Options of {@link catalogueToCsv}. */
export interface CatalogueCsvWriteOptions {
  readonly columns?: Partial<LeikaSpalten>;
  readonly separator?: string;
  readonly multiSeparator?: string;
  /** Line end; default `\n`. */
  readonly lineEnd?: string;
}

/**
 * Writes a catalogue as CSV text: the known columns in {@link LEIKA_SPALTEN} order, then the unknown
 * columns. Encode it with `encodeCsv` for ISO-8859-1.
 *
 * @example
 * ```ts
 * const text = catalogueToCsv(katalog);
 * parseCatalogueCsv(text).value; // equal to katalog
 * ```
 */
export function catalogueToCsv(katalog: LeikaKatalog, options: CatalogueCsvWriteOptions = {}): string {
  const columns: LeikaSpalten = { ...LEIKA_SPALTEN, ...options.columns };
  const multi = options.multiSeparator ?? '|';
  const header = [...FIELDS.map((f) => columns[f]), ...katalog.weitereSpalten];
  const rows = katalog.eintraege.map((e) => [
    ...FIELDS.map((f) => {
      const v = e[f];
      if (v === undefined) return '';
      if (f === 'typ') return (v as readonly string[]).join(';');
      if (MULTI.has(f)) return (v as readonly string[]).join(multi);
      if (f === 'veroeffentlichungsdatum') return formatLeikaDate(v as string);
      return v as string;
    }),
    ...katalog.weitereSpalten.map((c) => e.weitereSpalten[c] ?? ''),
  ]);
  return writeCsv([header, ...rows], options.separator ?? ';', options.lineEnd ?? '\n');
}
