/**
 * Convenient access to the rows of a code list: which value belongs to which column, and the list as
 * `code`/`name` pairs.
 *
 * @module
 */
import type { CodeList, ColumnSet, Row, Value } from './model.js';

/**
 * The column ids of a column set, in order (definitions and references).
 *
 * @example
 * ```ts
 * columnIds(list.ColumnSet!); // ['code', 'name']
 * ```
 */
export function columnIds(set: ColumnSet): string[] {
  return set.Column.map((c) => c.Id);
}

/**
 * The values of a row keyed by column id. A value without `@ColumnRef` belongs to the column after the
 * previous value's column (the first column for the first value), as genericode specifies.
 *
 * @example
 * ```ts
 * rowValues(['code', 'name'], row).get('name')?.SimpleValue; // 'ledig'
 * ```
 */
export function rowValues(columns: readonly string[], row: Row): Map<string, Value> {
  const out = new Map<string, Value>();
  let next = 0;
  for (const v of row.Value) {
    const id = v.ColumnRef ?? columns[next];
    if (id === undefined) continue;
    out.set(id, v);
    next = (v.ColumnRef === undefined ? next : columns.indexOf(id)) + 1;
  }
  return out;
}

/**
 * Options of {@link codeListEntries}.
 *
 * @example
 * ```ts
 * const options: CodeListEntriesOptions = { codeColumn: 'schluessel-staat', nameColumn: 'staatsname-kurz' };
 * ```
 */
export interface CodeListEntriesOptions {
  /** Id of the column holding the code. Default: the first column of the recommended (else the first) key. */
  readonly codeColumn?: string;
  /** Id of the column holding the name. Default: a column called name/wert/beschreibung/bezeichnung, else the first other column. */
  readonly nameColumn?: string;
}

/**
 * One row as a code and a name.
 *
 * @example
 * ```ts
 * const e: CodeListEntry = { code: '01', name: 'ledig', row };
 * ```
 */
export interface CodeListEntry {
  /** The code (the simple value in the code column). */
  readonly code: string;
  /** The name (the simple value in the name column), when there is one. */
  readonly name?: string;
  /** The row it came from. */
  readonly row: Row;
}

const CODE_NAMES = /^(code|schluessel|schlüssel|key|kennung|id)$/i;
const NAME_NAMES = /^(name|wert|beschreibung|bezeichnung|value|label|langname|kurzname)$/i;
const RECOMMENDED_KEY = /recommendedKeyColumn|empfohleneCodeSpalte/;

function codeColumnOf(list: CodeList): string | undefined {
  const set = list.ColumnSet;
  if (set === undefined) return undefined;
  const keys = set.Key.flatMap((k) => (k.kind === 'KeyRef' ? [] : [k]));
  const recommended = keys.find((k) => k.Annotation?.AppInfo?.content.some((x) => RECOMMENDED_KEY.test(x)));
  const key = recommended ?? keys[0];
  if (key?.ColumnRef[0] !== undefined) return key.ColumnRef[0].Ref;
  return (
    set.Column.find(
      (c) => CODE_NAMES.test(c.Id) || (c.kind !== 'ColumnRef' && CODE_NAMES.test(c.ShortName.value)),
    )?.Id ?? set.Column[0]?.Id
  );
}

function nameColumnOf(list: CodeList, code: string | undefined): string | undefined {
  const columns = (list.ColumnSet?.Column ?? []).filter((c) => c.Id !== code);
  return (
    columns.find(
      (c) => NAME_NAMES.test(c.Id) || (c.kind !== 'ColumnRef' && NAME_NAMES.test(c.ShortName.value)),
    )?.Id ?? columns[0]?.Id
  );
}

/**
 * The rows of a code list as `{ code, name, row }`, in order. Rows without a simple value in the code
 * column are left out.
 *
 * @example
 * ```ts
 * const { value } = parseCodeList(xml);
 * for (const { code, name } of codeListEntries(value!)) console.log(code, name);
 * ```
 */
export function codeListEntries(list: CodeList, options: CodeListEntriesOptions = {}): CodeListEntry[] {
  const code = options.codeColumn ?? codeColumnOf(list);
  const name = options.nameColumn ?? nameColumnOf(list, code);
  if (code === undefined || list.ColumnSet === undefined) return [];
  const columns = columnIds(list.ColumnSet);
  const out: CodeListEntry[] = [];
  for (const row of list.SimpleCodeList?.Row ?? []) {
    const values = rowValues(columns, row);
    const c = values.get(code)?.SimpleValue;
    if (c === undefined) continue;
    const n = name === undefined ? undefined : values.get(name)?.SimpleValue;
    out.push(n === undefined ? { code: c, row } : { code: c, name: n, row });
  }
  return out;
}
