/**
 * One `Datenfeld` as a JSON Schema: data type, `praezisierung`, value lists, file annotations, label,
 * help text and rules.
 *
 * @module
 */
import type { Datenfeld, Praezisierung, Regel } from '../xdatenfelder/v3/index.js';
import { type Context, definitionName, joinText } from './context.js';
import type { JsonSchema } from './model.js';
import { translateXsdPattern } from './pattern.js';
import { valueList } from './values.js';

/**
 * The pattern of `datentyp` `time` ("Zeit (Stunde und Minute)"): `hh:mm` with optional seconds. JSON
 * Schema's `format: time` would demand seconds and a time zone.
 *
 * @example
 * ```ts
 * new RegExp(TIME_PATTERN).test('14:30'); // true
 * ```
 */
export const TIME_PATTERN = '^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$';

/**
 * The rules of an element as description text, one line per rule.
 *
 * @example
 * ```ts
 * rulesText(datenfeld.regel, true); // 'Regel R00000000001V1.0.0 (Pflicht): Muss angegeben werden.'
 * ```
 */
export function rulesText(regeln: readonly Regel[], versionsInIds: boolean): string | undefined {
  if (regeln.length === 0) return undefined;
  return regeln
    .map((r) => {
      const text = joinText([r.freitextRegel, r.beschreibung]);
      return `Regel ${definitionName(r.identifikation, versionsInIds)} (${r.name.trim()})${text === undefined ? '' : `: ${text}`}`;
    })
    .join('\n');
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function parseNumber(raw: string | undefined, what: string, ctx: Context, at: object): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let text = raw.trim();
  if (/^[+-]?\d+,\d+$/.test(text)) {
    ctx.report('info', 'decimal-comma', `${what} "${raw}" read with a decimal comma.`, at);
    text = text.replace(',', '.');
  }
  if (!NUMBER.test(text)) {
    ctx.report('warning', 'praezisierung-invalid', `${what} "${raw}" is not a number; left out.`, at);
    return undefined;
  }
  return Number(text);
}

function parseCount(raw: string | undefined, what: string, ctx: Context, at: object): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^\d+$/.test(raw.trim())) {
    ctx.report('warning', 'praezisierung-invalid', `${what} "${raw}" is not a whole number; left out.`, at);
    return undefined;
  }
  return Number(raw.trim());
}

/** The base type of a `datentyp` code (without praezisierung). */
function baseType(field: Datenfeld, ctx: Context, label: string): JsonSchema {
  switch (field.datentyp.code) {
    case 'text':
    case 'text_latin':
      return { type: 'string' };
    case 'bool':
      return { type: 'boolean' };
    case 'num':
    case 'num_currency':
      return { type: 'number' };
    case 'num_int':
      return { type: 'integer' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'time':
      return { type: 'string', pattern: TIME_PATTERN };
    case 'file':
    case 'obj':
      return { type: 'string', contentEncoding: 'base64' };
    default:
      ctx.report(
        'warning',
        'unknown-datentyp',
        `${label}: unknown datentyp "${field.datentyp.code}"; treated as text.`,
        field.datentyp,
      );
      return { type: 'string' };
  }
}

function applyPraezisierung(
  schema: JsonSchema,
  p: Praezisierung,
  ctx: Context,
  label: string,
  notes: string[],
): void {
  if (schema.type === 'string' && schema.format === undefined && schema.contentEncoding === undefined) {
    const min = parseCount(p.minLength, `${label}: minLength`, ctx, p);
    const max = parseCount(p.maxLength, `${label}: maxLength`, ctx, p);
    if (min !== undefined && max !== undefined && min > max) {
      ctx.report(
        'warning',
        'praezisierung-contradiction',
        `${label}: minLength ${min} > maxLength ${max}.`,
        p,
      );
    }
    if (min !== undefined) schema.minLength = min;
    if (max !== undefined) schema.maxLength = max;
    if (p.pattern !== undefined && p.pattern !== '') {
      const t = translateXsdPattern(p.pattern);
      for (const problem of t.problems) {
        const severity = problem.code === 'pattern-anchor' ? 'info' : 'warning';
        ctx.report(severity, problem.code, `${label}: ${problem.message}`, p);
      }
      if (t.source === undefined) notes.push(`Muster (nicht übersetzt): ${p.pattern}`);
      else schema.pattern = t.source;
    }
  } else if (p.minLength !== undefined || p.maxLength !== undefined || p.pattern !== undefined) {
    ctx.report(
      'info',
      'constraint-not-expressible',
      `${label}: length and pattern ignored for this data type.`,
      p,
    );
  }
  if (schema.type === 'number' || schema.type === 'integer') {
    const min = parseNumber(p.minValue, `${label}: minValue`, ctx, p);
    const max = parseNumber(p.maxValue, `${label}: maxValue`, ctx, p);
    if (min !== undefined && max !== undefined && min > max) {
      ctx.report('warning', 'praezisierung-contradiction', `${label}: minValue ${min} > maxValue ${max}.`, p);
    }
    if (min !== undefined) schema.minimum = min;
    if (max !== undefined) schema.maximum = max;
  } else if (p.minValue !== undefined || p.maxValue !== undefined) {
    // Dates and times: JSON Schema 2020-12 has no standard keyword for ranges of formatted strings.
    const range = [p.minValue && `frühestens ${p.minValue}`, p.maxValue && `spätestens ${p.maxValue}`];
    notes.push(`Wertebereich: ${range.filter((x) => x !== undefined && x !== '').join(', ')}`);
    ctx.report(
      'info',
      'constraint-not-expressible',
      `${label}: minValue/maxValue only kept as description.`,
      p,
    );
  }
}

function applyFile(schema: JsonSchema, field: Datenfeld, ctx: Context, label: string, notes: string[]): void {
  const types = field.mediaType.map((m) => m.trim()).filter((m) => m !== '');
  if (types.length === 1) schema.contentMediaType = types[0]!;
  if (types.length > 0) notes.push(`Dateitypen: ${types.join(', ')}`);
  const size = parseCount(field.maxSize, `${label}: maxSize`, ctx, field);
  if (size !== undefined) {
    // The instance carries the file base64-encoded: 4 characters per 3 bytes.
    schema.maxLength = 4 * Math.ceil(size / 3);
    notes.push(`Maximale Dateigröße: ${size} Bytes`);
  }
}

function typedDefault(schema: JsonSchema, inhalt: string): string | number | boolean | undefined {
  const text = inhalt.trim();
  if (schema.type === 'boolean')
    return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : undefined;
  if (schema.type === 'number') return NUMBER.test(text) ? Number(text) : undefined;
  if (schema.type === 'integer') return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
  return inhalt;
}

/**
 * The JSON Schema of one field (the `$defs` entry).
 *
 * @example
 * ```ts
 * const s = fieldSchema(datenfeld, createContext({}));
 * ```
 */
export function fieldSchema(field: Datenfeld, ctx: Context): JsonSchema {
  const label = `Datenfeld ${definitionName(field.identifikation)}`;
  const title = field.bezeichnungEingabe.trim();
  const rules = rulesText(field.regel, ctx.versionsInIds);
  if (field.feldart.code === 'label') {
    const description = joinText([field.inhalt, field.hilfetextEingabe, rules]);
    return { title, ...(description === undefined ? {} : { description }), readOnly: true };
  }
  const notes: string[] = [];
  const values = valueList(field, ctx, label);
  const schema: JsonSchema = values ?? baseType(field, ctx, label);
  if (values === undefined && field.praezisierung !== undefined) {
    applyPraezisierung(schema, field.praezisierung, ctx, label, notes);
  }
  if (field.datentyp.code === 'file') applyFile(schema, field, ctx, label, notes);
  if (field.feldart.code === 'locked') schema.readOnly = true;
  if (field.inhalt !== undefined && field.inhalt.trim() !== '') {
    const value = typedDefault(schema, field.inhalt);
    if (value === undefined) {
      ctx.report(
        'info',
        'default-not-typed',
        `${label}: inhalt "${field.inhalt}" does not fit the type; no default.`,
        field,
      );
    } else schema.default = value;
  }
  const description = joinText([field.hilfetextEingabe, notes.join('\n'), rules]);
  return { title, ...(description === undefined ? {} : { description }), ...schema };
}
