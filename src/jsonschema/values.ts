/**
 * Value lists of select fields: inline `werte` and code lists resolved through a registry, as
 * `oneOf` of `const` + `title` (the JSON Schema idiom for an enum with labels).
 *
 * @module
 */
import { codeListEntries } from '../codelist/index.js';
import type { Datenfeld } from '../xdatenfelder/v3/index.js';
import { type Context, refTo } from './context.js';
import type { JsonSchema } from './model.js';

interface Choice {
  readonly code: string;
  readonly title?: string | undefined;
  readonly description?: string | undefined;
}

function choices(list: readonly Choice[], ctx: Context, at: object, what: string): JsonSchema[] {
  const seen = new Set<string>();
  const out: JsonSchema[] = [];
  for (const c of list) {
    if (seen.has(c.code)) {
      ctx.report(
        'warning',
        'duplicate-code',
        `${what} lists code "${c.code}" more than once; kept once.`,
        at,
      );
      continue;
    }
    seen.add(c.code);
    const s: JsonSchema = { const: c.code };
    if (c.title !== undefined && c.title !== '') s.title = c.title;
    if (c.description !== undefined && c.description.trim() !== '') s.description = c.description.trim();
    out.push(s);
  }
  return out;
}

/** `$defs` name of a code list in `reference` mode. */
function codeListDefName(uri: string, version: string, keys: readonly (string | undefined)[]): string {
  const columns = keys.filter((k) => k !== undefined && k !== '').join('_');
  const raw = columns === '' ? `${uri}_${version}` : `${uri}_${version}_${columns}`;
  return `CL_${raw.replace(/[^A-Za-z0-9._:-]/g, '_')}`;
}

/**
 * The value constraint of a field with `werte` or `codelisteReferenz`: `{ type: 'string', oneOf }`
 * (inline) or `{ $ref }` (reference mode), or `{ type: 'string' }` when the code list is not
 * available. Undefined for fields without a value list.
 *
 * @example
 * ```ts
 * valueList(datenfeld, createContext({ registry }), 'Datenfeld F1V1.0.0')?.oneOf;
 * ```
 */
export function valueList(field: Datenfeld, ctx: Context, label: string): JsonSchema | undefined {
  if (field.werte !== undefined) {
    const list = field.werte.wert.map((w) => ({ code: w.code, title: w.name, description: w.hilfe }));
    if (list.length === 0) {
      ctx.report(
        'warning',
        'empty-werte',
        `${label}: the Werteliste is empty; any string is accepted.`,
        field,
      );
      return { type: 'string' };
    }
    return { type: 'string', oneOf: choices(list, ctx, field, label) };
  }
  const ref = field.codelisteReferenz;
  if (ref === undefined) return undefined;
  const uri = ref.canonicalIdentification?.trim();
  const version = ref.version?.trim();
  const versionUri = ref.canonicalVersionUri?.trim();
  const named = uri ?? versionUri ?? '(no identification)';
  const registry = ctx.options.registry;
  if (registry === undefined) {
    ctx.report(
      'info',
      'codelist-not-inlined',
      `${label}: code list ${named} not inlined (no registry given).`,
      field,
    );
    return { type: 'string' };
  }
  const resolved =
    uri !== undefined && uri !== ''
      ? registry.resolve({ canonicalUri: uri, version })
      : versionUri !== undefined && versionUri !== ''
        ? registry.resolve({ canonicalVersionUri: versionUri })
        : undefined;
  const list = resolved?.value;
  if (list === undefined) {
    ctx.report(
      'warning',
      'codelist-unresolved',
      `${label}: code list ${named}${version === undefined ? '' : ` version ${version}`} is not in the registry; any string is accepted.`,
      field,
    );
    return { type: 'string' };
  }
  const entries = codeListEntries(list, {
    ...(field.codeKey === undefined || field.codeKey === '' ? {} : { codeColumn: field.codeKey }),
    ...(field.nameKey === undefined || field.nameKey === '' ? {} : { nameColumn: field.nameKey }),
  });
  const listName = `${list.Identification.CanonicalUri} ${list.Identification.Version}`;
  if (entries.length === 0) {
    ctx.report('warning', 'codelist-empty', `${label}: code list ${listName} has no usable codes.`, field);
    return { type: 'string' };
  }
  const values: JsonSchema = {
    type: 'string',
    oneOf: choices(
      entries.map((e) => ({ code: e.code, title: e.name })),
      ctx,
      field,
      `Code list ${listName}`,
    ),
  };
  if (ctx.codeLists === 'inline') return values;
  const name = codeListDefName(list.Identification.CanonicalUri, list.Identification.Version, [
    field.codeKey,
    field.nameKey,
  ]);
  if (!ctx.defs.has(name)) {
    ctx.defs.set(name, { title: list.Identification.ShortName.value, $comment: listName, ...values });
  }
  return { $ref: refTo(name) };
}
