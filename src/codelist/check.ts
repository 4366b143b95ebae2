/**
 * Checks of a parsed code list beyond its element structure: identifying URIs, ids and references, keys.
 *
 * @module
 */
import { columnIds, rowValues } from './entries.js';
import type { CodeList } from './model.js';
import type { ReadContext } from './read-support.js';

/** An XML NCName, what `xsd:ID` requires (the same test as the builder's). */
const NCNAME = /^[\p{L}_][\p{L}\p{N}\p{M}._\-\u00b7]*$/u;

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is exactly the range to test for
const NON_ASCII = /[^\u0000-\u007f]/;

const NOWHERE = { line: 0, column: 0 };

/** Runs the checks and reports into `cx`. */
export function checkCodeList(list: CodeList, cx: ReadContext): void {
  const at = (object: object, field?: string) =>
    cx.sourceMap.positionOf(object, field) ?? cx.sourceMap.positionOf(object) ?? NOWHERE;
  const pathOf = (object: object, field?: string) => {
    const p = cx.sourceMap.pathOf(object) ?? '/CodeList';
    return field === undefined ? p : `${p}/${field}`;
  };

  // Parts the parser had to default (missing in the input) are not checked again.
  const ident = list.Identification;
  const read = (object: object) => cx.sourceMap.positionOf(object) !== undefined;
  for (const field of ['CanonicalUri', 'CanonicalVersionUri'] as const) {
    if (!read(ident)) break;
    const uri = ident[field];
    const code =
      field === 'CanonicalUri' ? 'codelist/canonical-uri-not-uri' : 'codelist/canonical-version-uri-not-uri';
    if (!URI.test(uri)) {
      cx.warn(
        code,
        `${field} "${uri}" is not an absolute URI (genericode R25/R27); it can still identify the list, but other tools may not resolve it.`,
        pathOf(ident, field),
        at(ident, field),
      );
    } else if (NON_ASCII.test(uri)) {
      cx.warn(
        'codelist/uri-non-ascii',
        `${field} "${uri}" contains non-ASCII characters, which URNs do not allow (RFC 8141); references may spell it differently.`,
        pathOf(ident, field),
        at(ident, field),
      );
    }
  }

  const set = list.ColumnSet;
  if (set === undefined || !read(set)) return;
  const ids = new Set<string>();
  for (const item of [...set.Column, ...set.Key]) {
    if (item.Id.trim() === '') continue;
    if (!NCNAME.test(item.Id)) {
      cx.error('codelist/invalid-id', `Id "${item.Id}" is not an XML name (xsd:ID).`, pathOf(item), at(item));
    }
    if (ids.has(item.Id)) {
      cx.error(
        'codelist/duplicate-id',
        `Id "${item.Id}" is used more than once in the column set.`,
        pathOf(item),
        at(item),
      );
    }
    ids.add(item.Id);
  }
  const columns = columnIds(set);
  const known = new Set(columns);
  for (const key of set.Key) {
    if (key.kind === 'KeyRef') continue;
    for (const ref of key.ColumnRef) {
      if (!known.has(ref.Ref)) {
        cx.error(
          'codelist/unknown-column',
          `Key "${key.Id}" refers to column "${ref.Ref}", which is not defined.`,
          pathOf(ref),
          at(ref),
        );
      }
    }
  }

  const rows = list.SimpleCodeList?.Row;
  if (rows === undefined) return;
  if (set.Key.length === 0) {
    cx.warn(
      'codelist/no-key',
      'The code list has rows but no key (genericode R1).',
      '/CodeList/ColumnSet',
      at(set),
    );
  }
  for (const row of rows) {
    for (const v of row.Value) {
      if (v.ColumnRef !== undefined && !known.has(v.ColumnRef)) {
        cx.error(
          'codelist/unknown-column',
          `A value refers to column "${v.ColumnRef}", which is not defined.`,
          pathOf(v),
          at(v),
        );
      }
    }
  }
  for (const key of set.Key) {
    if (key.kind === 'KeyRef' || !key.ColumnRef.every((r) => known.has(r.Ref))) continue;
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const values = rowValues(columns, row);
      const tuple = key.ColumnRef.map((r) => values.get(r.Ref)?.SimpleValue ?? '').join('\u0000');
      const first = seen.get(tuple);
      if (first === undefined) seen.set(tuple, i);
      else {
        cx.warn(
          'codelist/duplicate-key-value',
          `Row ${i + 1} repeats the value of key "${key.Id}" of row ${first + 1} (${JSON.stringify(tuple.split('\u0000').join(' | '))}).`,
          pathOf(row),
          at(row),
        );
      }
    });
  }
}
