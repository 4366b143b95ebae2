/**
 * A small RFC 4180 style CSV reader and writer with a configurable separator and source positions,
 * plus the byte decoding the LeiKa files need (UTF-8 with or without BOM, or ISO-8859-1).
 *
 * @module
 */

import { type Diagnostic, diagnostic } from '../core/diagnostics.js';

/** The encodings a LeiKa CSV file is published in. */
export type CsvEncoding = 'utf-8' | 'iso-8859-1';

/** One field of a CSV record with the place it starts at. */
export interface CsvField {
  readonly value: string;
  /** 1-based line of the field's first character. */
  readonly line: number;
  /** 1-based column of the field's first character. */
  readonly column: number;
}

/** One CSV record: its fields and the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly CsvField[];
}

/**
 * Decodes CSV bytes. `auto` (the default) reads UTF-8 when the bytes carry a UTF-8 BOM or are valid
 * UTF-8, and ISO-8859-1 otherwise. A BOM is removed.
 *
 * @example
 * ```ts
 * decodeCsv(new Uint8Array([0x47, 0xfc, 0x6c])).text; // 'Gül' (read as ISO-8859-1)
 * ```
 */
export function decodeCsv(
  bytes: Uint8Array,
  encoding: CsvEncoding | 'auto' = 'auto',
): { text: string; encoding: CsvEncoding } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === 'utf-8' || bom) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  }
  if (encoding === 'auto') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      // not UTF-8: fall through to ISO-8859-1
    }
  }
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return { text, encoding: 'iso-8859-1' };
}

/**
 * Encodes CSV text. ISO-8859-1 cannot hold characters above U+00FF: they are written as `?` and each
 * distinct one is reported as `leika/csv-unencodable`.
 *
 * @example
 * ```ts
 * encodeCsv('Gül', 'iso-8859-1').bytes; // Uint8Array [0x47, 0xfc, 0x6c]
 * ```
 */
export function encodeCsv(
  text: string,
  encoding: CsvEncoding,
): { bytes: Uint8Array; diagnostics: Diagnostic[] } {
  if (encoding === 'utf-8') return { bytes: new TextEncoder().encode(text), diagnostics: [] };
  const bytes = new Uint8Array(text.length);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) bytes[i] = c;
    else {
      bytes[i] = 0x3f;
      const ch = text[i] ?? '';
      if (!seen.has(ch)) {
        seen.add(ch);
        diagnostics.push(
          diagnostic('error', 'leika/csv-unencodable', `"${ch}" cannot be written in ISO-8859-1`, 'leika'),
        );
      }
    }
  }
  return { bytes, diagnostics };
}

function lineEndAt(text: string, i: number): boolean {
  return text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n');
}

/**
 * Reads CSV text into records. Fields may be quoted with `"` (doubled inside); line ends may be LF or
 * CRLF, also inside quoted fields. Blank lines are skipped. An unterminated quote is reported as
 * `leika/csv-unterminated-quote` and the rest of the text becomes the field.
 *
 * @example
 * ```ts
 * readCsv('a;"b;c"\n1;2\n', ';').records[0]?.fields.map((f) => f.value); // ['a', 'b;c']
 * ```
 */
export function readCsv(
  text: string,
  separator: string,
): { records: CsvRecord[]; diagnostics: Diagnostic[] } {
  const records: CsvRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let fields: CsvField[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  let recordLine = 1;
  let atRecordStart = true;
  const n = text.length;
  while (i < n) {
    if (atRecordStart) {
      recordLine = line;
      // blank line
      if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
        i += text[i] === '\r' ? 2 : 1;
        line++;
        column = 1;
        continue;
      }
      atRecordStart = false;
    }
    const fieldLine = line;
    const fieldColumn = column;
    let value = '';
    if (text[i] === '"') {
      i++;
      column++;
      let closed = false;
      while (i < n) {
        const quote = text.indexOf('"', i);
        const end = quote < 0 ? n : quote;
        const chunk = text.slice(i, end);
        value += chunk;
        const lastNewline = chunk.lastIndexOf('\n');
        if (lastNewline >= 0) {
          for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
          column = chunk.length - lastNewline;
        } else column += chunk.length;
        i = end;
        if (quote < 0) break;
        if (text[i + 1] === '"') {
          value += '"';
          i += 2;
          column += 2;
          continue;
        }
        i++;
        column++;
        closed = true;
        break;
      }
      if (!closed) {
        diagnostics.push(
          diagnostic('error', 'leika/csv-unterminated-quote', 'a quoted field is not closed', 'leika', {
            line: fieldLine,
            column: fieldColumn,
          }),
        );
      }
      // anything between the closing quote and the next separator is kept verbatim
      while (i < n && !text.startsWith(separator, i) && !lineEndAt(text, i)) {
        value += text[i];
        i++;
        column++;
      }
    } else {
      const start = i;
      while (i < n && !text.startsWith(separator, i) && !lineEndAt(text, i)) i++;
      value = text.slice(start, i);
      column += i - start;
    }
    fields.push({ value, line: fieldLine, column: fieldColumn });
    if (i >= n) break;
    if (text.startsWith(separator, i)) {
      i += separator.length;
      column += separator.length;
      if (i >= n) fields.push({ value: '', line, column });
      continue;
    }
    // end of record
    i += text[i] === '\r' ? 2 : 1;
    line++;
    column = 1;
    records.push({ line: recordLine, fields });
    fields = [];
    atRecordStart = true;
  }
  if (!atRecordStart && fields.length > 0) records.push({ line: recordLine, fields });
  return { records, diagnostics };
}

/**
 * Quotes one field when it contains the separator, a quote, a line break or leading/trailing spaces.
 *
 * @example
 * ```ts
 * csvField('1;2/3', ';'); // '"1;2/3"'
 * ```
 */
export function csvField(value: string, separator: string): string {
  if (value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim()) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/**
 * Writes records as CSV text, one line per record, each ended by `lineEnd`.
 *
 * @example
 * ```ts
 * writeCsv([['a', 'b;c']], ';'); // 'a;"b;c"\n'
 * ```
 */
export function writeCsv(rows: readonly (readonly string[])[], separator: string, lineEnd = '\n'): string {
  return rows.map((r) => r.map((f) => csvField(f, separator)).join(separator) + lineEnd).join('');
}
