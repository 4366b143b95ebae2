/**
 * Instances that follow an XDatenfelder 3.0.0 model (not the generated JSON Schema): a fast-check
 * arbitrary per element, built from anzahl, datentyp, praezisierung and value lists; plus the places
 * in an instance where a constraint can be broken.
 *
 * Property names use `definitionName` (id + V + version), the naming the JSON Schema documents.
 * Strings stay short (at most 20 characters over minLength), so no pattern can backtrack for long.
 */
import fc from 'fast-check';
import { type CodeListRegistry, codeListEntries } from '../../src/codelist/index.js';
import { definitionName } from '../../src/jsonschema/index.js';
import type { Datenfeld, Datenfeldgruppe, Struktur } from '../../src/xdatenfelder/v3/index.js';

type Json = unknown;
type Obj = Record<string, Json>;

/** Cardinality read independently of the generator's own parser. */
function anzahl(s: Struktur): { min: number; max: number | undefined } {
  const [a, b] = s.anzahl.split(':');
  return { min: Number(a), max: b === '*' ? undefined : Number(b) };
}

function num(raw: string | undefined): number | undefined {
  return raw === undefined || raw.trim() === '' ? undefined : Number(raw.trim().replace(',', '.'));
}

function isLabel(s: Struktur): boolean {
  return s.enthaelt.datenfeld?.feldart.code === 'label';
}

function codesOf(f: Datenfeld, registry: CodeListRegistry | undefined): string[] | undefined {
  if (f.werte !== undefined) return f.werte.wert.map((w) => w.code);
  const ref = f.codelisteReferenz;
  if (ref === undefined || registry === undefined || ref.canonicalIdentification === undefined)
    return undefined;
  const list = registry.resolve({ canonicalUri: ref.canonicalIdentification, version: ref.version }).value;
  if (list === undefined) return undefined;
  return codeListEntries(list, {
    ...(f.codeKey === undefined ? {} : { codeColumn: f.codeKey }),
    ...(f.nameKey === undefined ? {} : { nameColumn: f.nameKey }),
  }).map((e) => e.code);
}

const TEXT_UNIT = fc.constantFrom(...'abcxyzABCäöüßÄ 0129-./');
const pad = (n: number) => String(n).padStart(2, '0');

function fieldValue(f: Datenfeld, registry: CodeListRegistry | undefined): fc.Arbitrary<Json> {
  const codes = codesOf(f, registry);
  if (codes !== undefined && codes.length > 0) return fc.constantFrom(...codes);
  if (f.codelisteReferenz !== undefined) return fc.string({ maxLength: 5 });
  const p = f.praezisierung;
  switch (f.datentyp.code) {
    case 'bool':
      return fc.boolean();
    case 'num_int':
      return fc.integer({ min: num(p?.minValue) ?? -1_000_000, max: num(p?.maxValue) ?? 1_000_000 });
    case 'num':
    case 'num_currency':
      return fc.double({
        min: num(p?.minValue) ?? -1e9,
        max: num(p?.maxValue) ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'date':
      return fc
        .date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    case 'datetime':
      return fc
        .date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case 'time':
      return fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${pad(h)}:${pad(m)}`);
    case 'file':
    case 'obj': {
      const max = Math.min(num(f.maxSize) ?? 48, 48);
      return fc.uint8Array({ maxLength: max }).map((b) => Buffer.from(b).toString('base64'));
    }
    default: {
      const minLength = num(p?.minLength) ?? 0;
      const maxLength = Math.min(num(p?.maxLength) ?? minLength + 20, minLength + 20);
      if (p?.pattern !== undefined && p.pattern !== '') {
        // The XSD pattern read as a JavaScript one (true for the simple patterns FIM uses).
        const re = new RegExp(`^(?:${p.pattern})$`);
        return fc
          .stringMatching(re, { size: 'xsmall' })
          .filter((s) => s.length >= minLength && s.length <= maxLength && re.test(s));
      }
      return fc.string({ unit: TEXT_UNIT, minLength, maxLength });
    }
  }
}

function elementValue(
  s: Struktur,
  registry: CodeListRegistry | undefined,
  depth: number,
): fc.Arbitrary<Json> {
  const e = s.enthaelt;
  return e.datenfeld !== undefined
    ? fieldValue(e.datenfeld, registry)
    : groupValue(e.datenfeldgruppe, registry, depth + 1);
}

function member(
  s: Struktur,
  registry: CodeListRegistry | undefined,
  depth: number,
  present: boolean,
): fc.Arbitrary<Json | undefined> {
  const { min, max } = anzahl(s);
  const value = elementValue(s, registry, depth);
  const low = present ? Math.max(min, 1) : min;
  if (max === 1) return low >= 1 ? value : fc.option(value, { nil: undefined });
  const high = Math.min(max ?? low + 2, low + 2);
  return fc.array(value, { minLength: low, maxLength: high });
}

function objectValue(
  struktur: readonly Struktur[],
  choice: boolean,
  registry: CodeListRegistry | undefined,
  depth: number,
): fc.Arbitrary<Obj> {
  const members = struktur.filter((s) => !isLabel(s));
  const key = (s: Struktur) =>
    definitionName((s.enthaelt.datenfeld ?? s.enthaelt.datenfeldgruppe)!.identifikation);
  if (choice) {
    if (members.length === 0) return fc.constant({});
    return fc
      .integer({ min: 0, max: members.length - 1 })
      .chain((i) => member(members[i]!, registry, depth, true).map((v) => ({ [key(members[i]!)]: v })));
  }
  const record: Record<string, fc.Arbitrary<Json | undefined>> = {};
  for (const s of members) record[key(s)] = member(s, registry, depth, false);
  return fc.record(record).map((r) => {
    const out: Obj = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
    return out;
  });
}

function groupValue(
  g: Datenfeldgruppe,
  registry: CodeListRegistry | undefined,
  depth: number,
): fc.Arbitrary<Obj> {
  return objectValue(g.struktur, g.art?.code === 'X', registry, depth);
}

/** Instances of a Stammdatenschema's form. */
export function instanceArbitrary(
  struktur: readonly Struktur[],
  registry?: CodeListRegistry,
): fc.Arbitrary<Obj> {
  return objectValue(struktur, false, registry, 0);
}

/** A place in an instance where a constraint can be broken, with the ajv keyword that must fire. */
export interface Site {
  readonly path: readonly (string | number)[];
  readonly kind: 'too-long' | 'below-range' | 'missing-required' | 'not-in-list';
  readonly keyword: string;
  /** The replacement value (undefined for missing-required: the member is deleted). */
  readonly value?: Json;
}

function fieldSites(f: Datenfeld, path: (string | number)[], out: Site[]): void {
  const p = f.praezisierung;
  if (f.werte !== undefined && f.werte.wert.length > 0) {
    out.push({ path, kind: 'not-in-list', keyword: 'const', value: '\u00a7not-a-code' });
    return;
  }
  if (f.codelisteReferenz !== undefined) return;
  const maxLength = num(p?.maxLength);
  if (
    (f.datentyp.code === 'text' || f.datentyp.code === 'text_latin') &&
    maxLength !== undefined &&
    !p?.pattern
  ) {
    out.push({ path, kind: 'too-long', keyword: 'maxLength', value: 'x'.repeat(maxLength + 1) });
  }
  const minValue = num(p?.minValue);
  if (
    (f.datentyp.code === 'num_int' || f.datentyp.code === 'num' || f.datentyp.code === 'num_currency') &&
    minValue !== undefined
  ) {
    out.push({ path, kind: 'below-range', keyword: 'minimum', value: Math.floor(minValue) - 1 });
  }
}

/** The sites of an instance built by {@link instanceArbitrary} (only members that are present). */
export function sitesOf(
  struktur: readonly Struktur[],
  choice: boolean,
  instance: Obj,
  path: (string | number)[] = [],
): Site[] {
  const out: Site[] = [];
  for (const s of struktur) {
    if (isLabel(s)) continue;
    const element = (s.enthaelt.datenfeld ?? s.enthaelt.datenfeldgruppe)!;
    const key = definitionName(element.identifikation);
    const { min, max } = anzahl(s);
    if (!choice && min >= 1)
      out.push({ path: [...path, key], kind: 'missing-required', keyword: 'required' });
    if (!(key in instance)) continue;
    const values =
      max === 1
        ? [[[...path, key], instance[key]] as const]
        : (instance[key] as Json[]).map((v, i) => [[...path, key, i], v] as const);
    for (const [at, v] of values) {
      if (s.enthaelt.datenfeld !== undefined) fieldSites(s.enthaelt.datenfeld, [...at], out);
      else {
        const g = s.enthaelt.datenfeldgruppe;
        out.push(...sitesOf(g.struktur, g.art?.code === 'X', v as Obj, [...at]));
      }
    }
  }
  return out;
}

/** A copy of `instance` with the site broken. */
export function applySite(instance: Obj, site: Site): Obj {
  const copy = structuredClone(instance);
  let target: Record<string | number, Json> = copy;
  for (const step of site.path.slice(0, -1)) target = target[step] as Record<string | number, Json>;
  const last = site.path.at(-1)!;
  if (site.kind === 'missing-required') delete target[last];
  else target[last] = site.value;
  return copy;
}
