/**
 * One `Datenfeld` as a named XSD simple type: `datentyp` picks the built-in base type, `praezisierung`
 * becomes facets, `werte` and resolvable code lists become enumerations.
 *
 * @module
 */
import { codeListEntries } from '../codelist/index.js';
import type { Severity } from '../core/diagnostics.js';
import type { Datenfeld } from '../xdatenfelder/v3/index.js';
import type { XsdEnumeration, XsdExportOptions, XsdFacet, XsdSimpleType } from './model.js';
import { patternSample } from './pattern-sample.js';

/** Reports a diagnostic about a model object (internal). */
export type Report = (severity: Severity, code: string, message: string, at: object) => void;

/**
 * The pattern written for `datentyp` `time` (`hh:mm`, optional seconds); `xs:time` would demand seconds.
 *
 * @example
 * ```ts
 * new RegExp(`^${XSD_TIME_PATTERN}$`).test('14:30'); // true
 * ```
 */
export const XSD_TIME_PATTERN = '([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?';

const BASE: Readonly<Record<string, string>> = {
  text: 'xs:string',
  text_latin: 'xs:string',
  bool: 'xs:boolean',
  num: 'xs:decimal',
  num_currency: 'xs:decimal',
  num_int: 'xs:integer',
  date: 'xs:date',
  datetime: 'xs:dateTime',
  time: 'xs:string',
  file: 'xs:base64Binary',
  obj: 'xs:base64Binary',
};

const LITERAL: Readonly<Record<string, RegExp>> = {
  'xs:decimal': /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  'xs:integer': /^[+-]?\d+$/,
  'xs:date': /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d{2}:\d{2})?$/,
  'xs:dateTime':
    /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
};

/**
 * Turns an HTML/JavaScript-style `praezisierung` pattern into an XSD pattern: drops the `^`/`$`
 * anchors (XSD patterns are always anchored, and `$` would be a literal there); undefined when the
 * pattern uses constructs XSD regular expressions lack (lookarounds, `(?:`, lazy quantifiers,
 * back-references, `\b`) or is not even a well-formed regular expression.
 *
 * @example
 * ```ts
 * xsdPattern('^[0-9]{5}$'); // '[0-9]{5}'
 * xsdPattern('(?=a)b'); // undefined
 * ```
 */
export function xsdPattern(pattern: string): string | undefined {
  let p = pattern.trim();
  if (p.startsWith('^')) p = p.slice(1);
  if (p.endsWith('$') && !p.endsWith('\\$')) p = p.slice(0, -1);
  if (p === '') return undefined;
  if (/\(\?|[*+?}]\?|\\[1-9bBAzZ]|\\u\{?[0-9a-fA-F]/.test(p)) return undefined;
  if (/\\[^.\\?*+{}()[\]^$|\-dDsSwWnrtiIcCpP]/.test(p)) return undefined;
  return compiles(p) ? p : undefined;
}

/** A cheap syntax check (balanced groups and classes, valid quantifiers) through the JavaScript engine. */
function compiles(pattern: string): boolean {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return true;
    } catch {
      // try the next flag set
    }
  }
  return false;
}

function count(raw: string | undefined, positive: boolean): number | undefined {
  const t = raw?.trim();
  if (t === undefined || t === '' || !/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return positive && n === 0 ? undefined : n;
}

function enumeration(
  field: Datenfeld,
  options: XsdExportOptions,
  report: Report,
  label: string,
  docs: string[],
): XsdEnumeration[] | undefined {
  let list: XsdEnumeration[] | undefined;
  if (field.werte !== undefined) {
    list = field.werte.wert.map((w) => ({ value: w.code, label: w.name }));
  } else if (field.codelisteReferenz !== undefined) {
    const ref = field.codelisteReferenz;
    const uri = ref.canonicalIdentification?.trim() ?? '';
    const versionUri = ref.canonicalVersionUri?.trim() ?? '';
    const named = uri || versionUri || '(ohne Kennung)';
    docs.push(`Codeliste: ${named}${ref.version ? ` ${ref.version}` : ''}`);
    const resolved =
      options.registry === undefined
        ? undefined
        : uri !== ''
          ? options.registry.resolve({ canonicalUri: uri, version: ref.version?.trim() })
          : versionUri !== ''
            ? options.registry.resolve({ canonicalVersionUri: versionUri })
            : undefined;
    if (resolved?.value === undefined) {
      report(
        options.registry === undefined ? 'info' : 'warning',
        'codelist-unresolved',
        `${label}: code list ${named} not resolved; any string is accepted.`,
        field,
      );
      return undefined;
    }
    list = codeListEntries(resolved.value, {
      ...(field.codeKey ? { codeColumn: field.codeKey } : {}),
      ...(field.nameKey ? { nameColumn: field.nameKey } : {}),
    }).map((e) => ({ value: e.code, ...(e.name === undefined ? {} : { label: e.name }) }));
  } else {
    return undefined;
  }
  const seen = new Set<string>();
  const unique = list.filter((e) => !seen.has(e.value) && seen.add(e.value) !== undefined);
  if (unique.length < list.length) {
    report('warning', 'duplicate-code', `${label}: repeated codes kept once.`, field);
  }
  if (unique.length === 0) {
    report('warning', 'empty-values', `${label}: the value list is empty; any string is accepted.`, field);
    return undefined;
  }
  return unique;
}

/**
 * The simple type of a field, named `name`.
 *
 * @example
 * ```ts
 * const t = fieldSimpleType(datenfeld, 'F60000000243V1.2.0', {}, () => {});
 * t.base; // 'xs:string'
 * ```
 */
export function fieldSimpleType(
  field: Datenfeld,
  name: string,
  options: XsdExportOptions,
  report: Report,
): XsdSimpleType {
  const label = `Datenfeld ${name}`;
  const documentation = [field.bezeichnungEingabe.trim()];
  if (field.hilfetextEingabe?.trim()) documentation.push(field.hilfetextEingabe.trim());
  const values = enumeration(field, options, report, label, documentation);
  if (values !== undefined)
    return { name, base: 'xs:string', facets: [], enumeration: values, documentation };
  const code = field.datentyp.code;
  let base = BASE[code];
  if (base === undefined) {
    report(
      'warning',
      'unknown-datentyp',
      `${label}: unknown datentyp "${code}"; exported as xs:string.`,
      field,
    );
    base = 'xs:string';
  }
  const facets: XsdFacet[] = [];
  const p = field.praezisierung;
  if (base === 'xs:string' && code !== 'time' && p !== undefined) {
    const min = count(p.minLength, false);
    const max = count(p.maxLength, true);
    if (min !== undefined && max !== undefined && min > max) {
      report(
        'warning',
        'praezisierung-contradiction',
        `${label}: minLength ${min} > maxLength ${max}; both left out.`,
        p,
      );
    } else {
      if (min !== undefined && min > 0) facets.push({ name: 'minLength', value: String(min) });
      if (max !== undefined) facets.push({ name: 'maxLength', value: String(max) });
    }
    if (p.pattern !== undefined && p.pattern.trim() !== '') {
      const x = xsdPattern(p.pattern);
      if (x === undefined) {
        report(
          'warning',
          'pattern-not-expressible',
          `${label}: pattern "${p.pattern}" has no XSD equivalent; left out.`,
          p,
        );
        documentation.push(`Muster: ${p.pattern}`);
      } else facets.push({ name: 'pattern', value: x });
    }
  }
  const pattern = facets.find((f) => f.name === 'pattern')?.value;
  const minLength = Number(facets.find((f) => f.name === 'minLength')?.value ?? 0);
  const maxLength = Number(facets.find((f) => f.name === 'maxLength')?.value ?? Number.POSITIVE_INFINITY);
  const example = pattern === undefined ? undefined : patternSample(pattern, minLength);
  if (example !== undefined && (example.length < minLength || example.length > maxLength)) {
    report(
      'warning',
      'pattern-length-conflict',
      `${label}: no value of the pattern "${pattern}" was found with ${minLength} to ${maxLength} characters; the facets may contradict each other.`,
      p ?? field,
    );
  }
  if (code === 'time') facets.push({ name: 'pattern', value: XSD_TIME_PATTERN });
  if (code === 'num_currency') facets.push({ name: 'fractionDigits', value: '2' });
  const literal = LITERAL[base];
  if (p !== undefined && literal !== undefined) {
    const min = p.minValue?.trim().replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
    const max = p.maxValue?.trim().replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
    const okMin = min !== undefined && literal.test(min) ? min : undefined;
    const okMax = max !== undefined && literal.test(max) ? max : undefined;
    for (const [raw, ok, what] of [
      [min, okMin, 'minValue'],
      [max, okMax, 'maxValue'],
    ] as const) {
      if (raw !== undefined && raw !== '' && ok === undefined) {
        report(
          'warning',
          'praezisierung-invalid',
          `${label}: ${what} "${raw}" is not a ${base} literal; left out.`,
          p,
        );
      }
    }
    const numeric = base === 'xs:decimal' || base === 'xs:integer';
    if (
      okMin !== undefined &&
      okMax !== undefined &&
      (numeric ? Number(okMin) > Number(okMax) : okMin > okMax)
    ) {
      report(
        'warning',
        'praezisierung-contradiction',
        `${label}: minValue ${okMin} > maxValue ${okMax}; both left out.`,
        p,
      );
    } else {
      if (okMin !== undefined) facets.push({ name: 'minInclusive', value: okMin });
      if (okMax !== undefined) facets.push({ name: 'maxInclusive', value: okMax });
    }
  }
  if (base === 'xs:base64Binary') {
    const size = count(field.maxSize, true);
    if (size !== undefined) facets.push({ name: 'maxLength', value: String(size) });
    const types = field.mediaType.map((m) => m.trim()).filter((m) => m !== '');
    if (types.length > 0) documentation.push(`Dateitypen: ${types.join(', ')}`);
  }
  if (field.inhalt?.trim()) documentation.push(`Vorbelegung: ${field.inhalt.trim()}`);
  return { name, base, facets, enumeration: [], documentation };
}
