/**
 * XDatenfelder 3.0.0 (2.0 through the converter) to an XML Schema for exchanging a form's data:
 * groups become complex types and fields simple types, both named by id and version (`G…V1.0.0`) and
 * defined once however often they are used; elements are named by id; `anzahl` becomes
 * minOccurs/maxOccurs, Auswahlgruppen `xs:choice`, labels and help texts `xs:documentation`.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { canonicalJson } from '../core/json.js';
import { convertV2ToV3 } from '../xdatenfelder/convert-v2-v3.js';
import { parseAnzahl } from '../xdatenfelder/element-index.js';
import type { Xdf2Document } from '../xdatenfelder/v2/index.js';
import type {
  Datenfeld,
  Datenfeldgruppe,
  ElementIdentifikation,
  Struktur,
  Xdf3Document,
} from '../xdatenfelder/v3/index.js';
import type {
  XsdComplexType,
  XsdExportOptions,
  XsdExportResult,
  XsdParticle,
  XsdSimpleType,
} from './model.js';
import { fieldSimpleType, type Report } from './simple-type.js';
import { writeXsd } from './write.js';

/**
 * The type name of an element: id, plus `V` and the version when it has one (`G60000000088V1.0.0`).
 *
 * @example
 * ```ts
 * typeName({ id: 'G60000000088', version: '1.0.0' }); // 'G60000000088V1.0.0'
 * ```
 */
export function typeName(identifikation: ElementIdentifikation): string {
  const id = identifikation.id.trim();
  const version = identifikation.version?.trim();
  const raw = version === undefined || version === '' ? id : `${id}V${version}`;
  const safe = raw.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}

function texts(...parts: (string | undefined)[]): string[] {
  return parts.map((p) => p?.trim() ?? '').filter((p) => p !== '');
}

interface State {
  readonly options: XsdExportOptions;
  readonly complexTypes: Map<string, XsdComplexType>;
  readonly simpleTypes: Map<string, XsdSimpleType>;
  /** Per base name, the canonical JSON of each variant seen, in order (variant n > 0 gets `_n+1`). */
  readonly variants: Map<string, string[]>;
  readonly names: WeakMap<object, string>;
  readonly report: Report;
}

/** The unique type name of an element object (conflicting duplicates get `_2`, `_3`, …). */
function nameFor(state: State, element: Datenfeld | Datenfeldgruppe): { name: string; fresh: boolean } {
  const known = state.names.get(element);
  if (known !== undefined) return { name: known, fresh: false };
  const base = typeName(element.identifikation);
  const json = canonicalJson(element);
  const list = state.variants.get(base) ?? [];
  state.variants.set(base, list);
  let i = list.indexOf(json);
  const fresh = i < 0;
  if (fresh) {
    list.push(json);
    i = list.length - 1;
    if (i > 0) {
      state.report(
        'warning',
        'conflicting-duplicate',
        `${base} occurs with ${i + 1} different contents; variant ${i + 1} is exported as ${base}_${i + 1}.`,
        element,
      );
    }
  }
  const name = i === 0 ? base : `${base}_${i + 1}`;
  state.names.set(element, name);
  return { name, fresh };
}

function particles(state: State, struktur: readonly Struktur[], owner: string): XsdParticle[] {
  const out: XsdParticle[] = [];
  const used = new Map<string, number>();
  for (const s of struktur) {
    const field = s.enthaelt.datenfeld;
    const group = s.enthaelt.datenfeldgruppe;
    if (field !== undefined && field.feldart.code === 'label') continue;
    const element = field ?? group;
    if (element === undefined) continue;
    let anzahl = parseAnzahl(s.anzahl);
    if (anzahl === undefined) {
      state.report(
        'warning',
        'malformed-anzahl',
        `${owner}: anzahl "${s.anzahl}" is not min:max; 1:1 assumed.`,
        s,
      );
      anzahl = { min: 1, max: 1 };
    }
    const type = field !== undefined ? simpleType(state, field) : complexType(state, group!);
    const id = typeName({ id: element.identifikation.id });
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    if (n === 2) {
      state.report(
        'info',
        'repeated-element',
        `${owner}: ${id} occurs more than once; later ones are named ${id}_2, …`,
        s,
      );
    }
    out.push({
      name: n === 1 ? id : `${id}_${n}`,
      type,
      kind: field !== undefined ? 'simple' : 'complex',
      minOccurs: anzahl.min,
      maxOccurs: anzahl.max,
      documentation: texts(element.bezeichnungEingabe),
    });
  }
  return out;
}

function simpleType(state: State, field: Datenfeld): string {
  const { name, fresh } = nameFor(state, field);
  if (fresh) state.simpleTypes.set(name, fieldSimpleType(field, name, state.options, state.report));
  return name;
}

function complexType(state: State, group: Datenfeldgruppe): string {
  const { name, fresh } = nameFor(state, group);
  if (!fresh) return name;
  const placeholder: XsdComplexType = { name, compositor: 'sequence', particles: [], documentation: [] };
  state.complexTypes.set(name, placeholder); // guards against cyclic groups
  const list = particles(state, group.struktur, `Datenfeldgruppe ${name}`);
  const choice = group.art?.code === 'X' && list.length > 0;
  const rules = group.regel.map(
    (r) => `Regel ${typeName(r.identifikation)}: ${r.freitextRegel?.trim() || r.name}`,
  );
  state.complexTypes.set(name, {
    name,
    compositor: choice ? 'choice' : 'sequence',
    particles: list,
    documentation: texts(group.bezeichnungEingabe, group.hilfetextEingabe, ...rules),
  });
  return name;
}

/**
 * Exports an XDatenfelder document as an XML Schema. A Stammdatenschema, a Datenfeldgruppe or a
 * Datenfeld message can be exported; other messages give `value: undefined` and an
 * `xsdexport/nothing-to-export` error. Never throws on content.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = exportXsd(parse(bytes).value!, { registry });
 * writeFileSync('antrag.xsd', value!.xsd);
 * ```
 */
export function exportXsd(doc: Xdf3Document, options: XsdExportOptions = {}): XsdExportResult {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (severity, code, message, at) => {
    const pos = options.sourceMap?.positionOf(at);
    diagnostics.push(
      diagnostic(severity, `xsdexport/${code}`, message, 'xsdexport', {
        path: options.sourceMap?.pathOf(at),
        line: pos?.line,
        column: pos?.column,
      }),
    );
  };
  const state: State = {
    options,
    complexTypes: new Map(),
    simpleTypes: new Map(),
    variants: new Map(),
    names: new WeakMap(),
    report,
  };
  let root: XsdParticle | undefined;
  let rootIdent: ElementIdentifikation | undefined;
  if (doc.message === 'xdatenfelder.stammdatenschema.0102') {
    const s = doc.model.stammdatenschema;
    rootIdent = s.identifikation;
    const name = typeName(s.identifikation);
    const rules = s.regel.map(
      (r) => `Regel ${typeName(r.identifikation)}: ${r.freitextRegel?.trim() || r.name}`,
    );
    state.complexTypes.set(name, {
      name,
      compositor: 'sequence',
      particles: particles(state, s.struktur, `Stammdatenschema ${name}`),
      documentation: texts(s.bezeichnung, s.hilfetext, ...rules),
    });
    root = {
      name: typeName({ id: s.identifikation.id }),
      type: name,
      kind: 'complex',
      minOccurs: 1,
      maxOccurs: 1,
      documentation: texts(s.bezeichnung),
    };
  } else if (doc.message === 'xdatenfelder.datenfeldgruppe.0103') {
    const g = doc.model.datenfeldgruppe;
    rootIdent = g.identifikation;
    root = {
      name: typeName({ id: g.identifikation.id }),
      type: complexType(state, g),
      kind: 'complex',
      minOccurs: 1,
      maxOccurs: 1,
      documentation: texts(g.bezeichnungEingabe),
    };
  } else if (doc.message === 'xdatenfelder.datenfeld.0104') {
    const f = doc.model.datenfeld;
    rootIdent = f.identifikation;
    root = {
      name: typeName({ id: f.identifikation.id }),
      type: simpleType(state, f),
      kind: 'simple',
      minOccurs: 1,
      maxOccurs: 1,
      documentation: texts(f.bezeichnungEingabe),
    };
  }
  if (root === undefined || rootIdent === undefined) {
    diagnostics.push(
      diagnostic(
        'error',
        'xsdexport/nothing-to-export',
        `Message ${doc.message} has no schema, group or field to export.`,
        'xsdexport',
      ),
    );
    return { value: undefined, diagnostics };
  }
  const model = {
    targetNamespace: options.targetNamespace ?? `urn:fimkit:xsdexport:${typeName(rootIdent)}`,
    root,
    complexTypes: state.complexTypes,
    simpleTypes: state.simpleTypes,
  };
  return { value: { xsd: writeXsd(model), model }, diagnostics };
}

/**
 * Exports an XDatenfelder 2.0 document: converts it with `convertV2ToV3` (its diagnostics are passed
 * on; the loss audit is not) and exports the result with {@link exportXsd}.
 *
 * @example
 * ```ts
 * const { value } = exportXsdV2(v2.parse(bytes).value!);
 * ```
 */
export function exportXsdV2(
  doc: Xdf2Document,
  options: Omit<XsdExportOptions, 'sourceMap'> = {},
): XsdExportResult {
  const converted = convertV2ToV3(doc);
  if (converted.value === undefined) return { value: undefined, diagnostics: converted.diagnostics };
  const r = exportXsd(converted.value, options);
  return { value: r.value, diagnostics: [...converted.diagnostics, ...r.diagnostics] };
}
