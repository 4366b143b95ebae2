/**
 * The form preview: an XDatenfelder schema as a self-contained HTML page the way a citizen would see
 * the form (labels, help texts, input types, select options, required and repeatable parts, choices,
 * rules as text), with a toggle that shows ids, versions and status for editors. Everything from the
 * model is HTML-escaped.
 *
 * @module
 */
import { type CodeListRegistry, codeListEntries } from '../codelist/index.js';
import type { SourceMap } from '../core/binding/index.js';
import { type Diagnostic, diagnostic, type Severity } from '../core/diagnostics.js';
import { convertV2ToV3 } from '../xdatenfelder/convert-v2-v3.js';
import { parseAnzahl } from '../xdatenfelder/element-index.js';
import type { Xdf2Document } from '../xdatenfelder/v2/index.js';
import {
  type AllgemeineAngaben,
  type Datenfeld,
  type Datenfeldgruppe,
  freigabestatus,
  type Regel,
  type Struktur,
  type Xdf3Document,
} from '../xdatenfelder/v3/index.js';
import { escapeHtml as e, PREVIEW_CSS, PREVIEW_SCRIPT } from './html.js';

/**
 * Options of {@link renderPreview}.
 *
 * @example
 * ```ts
 * const options: PreviewOptions = { registry, editor: true };
 * ```
 */
export interface PreviewOptions {
  /** Code lists, to show the options of select fields that reference one. */
  readonly registry?: CodeListRegistry;
  /** Start with ids, versions and status shown. */
  readonly editor?: boolean;
  /** Positions of the model's objects, to place diagnostics. */
  readonly sourceMap?: SourceMap;
}

/**
 * `{ value: html, diagnostics }`; `value` is undefined for messages without a schema, group or field.
 *
 * @example
 * ```ts
 * const r: PreviewResult = renderPreview(doc);
 * ```
 */
export interface PreviewResult {
  readonly value: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

interface Ctx {
  readonly options: PreviewOptions;
  readonly diagnostics: Diagnostic[];
  next: number;
  report(severity: Severity, code: string, message: string, at: object): void;
}

function meta(element: AllgemeineAngaben): string {
  const { id, version } = element.identifikation;
  const code = element.freigabestatus.code;
  const status = (freigabestatus.codes as Readonly<Record<string, string>>)[code] ?? code;
  return `<span class="meta">${e(id)}${version ? ` V${e(version)}` : ''} · ${e(status)}</span>`;
}

function rules(regeln: readonly Regel[]): string {
  return regeln
    .map((r) => {
      const text = (r.freitextRegel ?? r.beschreibung ?? '').trim() || r.name.trim();
      return `<p class="rule">Regel: ${e(text)}<span class="meta">${e(r.identifikation.id)}</span></p>`;
    })
    .join('');
}

function help(text: string | undefined): string {
  return text?.trim() ? `<p class="help">${e(text.trim())}</p>` : '';
}

function occurrence(s: Struktur): { required: boolean; note: string } {
  const a = parseAnzahl(s.anzahl);
  if (a === undefined) return { required: false, note: '' };
  const many = a.max === 'unbounded' || a.max > 1;
  const note = many
    ? `<p class="note">Kann mehrfach angegeben werden (${a.min} bis ${a.max === 'unbounded' ? 'beliebig oft' : a.max}).</p>`
    : '';
  return { required: a.min > 0, note };
}

function options(field: Datenfeld, ctx: Ctx): { code: string; name: string }[] | undefined {
  if (field.werte !== undefined) return field.werte.wert.map((w) => ({ code: w.code, name: w.name }));
  const ref = field.codelisteReferenz;
  if (ref === undefined) return undefined;
  const uri = ref.canonicalIdentification?.trim() ?? '';
  const resolved =
    uri !== ''
      ? ctx.options.registry?.resolve({ canonicalUri: uri, version: ref.version?.trim() })
      : undefined;
  if (resolved?.value === undefined) {
    ctx.report(
      'info',
      'codelist-unresolved',
      `Code list ${uri || '(ohne Kennung)'} not resolved; options not shown.`,
      field,
    );
    return undefined;
  }
  return codeListEntries(resolved.value, {
    ...(field.codeKey ? { codeColumn: field.codeKey } : {}),
    ...(field.nameKey ? { nameColumn: field.nameKey } : {}),
  }).map((x) => ({ code: x.code, name: x.name ?? x.code }));
}

function control(field: Datenfeld, id: string, required: boolean, ctx: Ctx): string {
  const req = required ? ' required' : '';
  const disabled = field.feldart.code === 'locked' ? ' disabled' : '';
  const list = options(field, ctx);
  if (list !== undefined || field.feldart.code === 'select') {
    if (list === undefined) {
      const ref = field.codelisteReferenz;
      const name = ref?.canonicalIdentification ?? ref?.canonicalVersionUri ?? '';
      return `<select id="${id}"${req}${disabled}><option value="">Bitte wählen</option></select><p class="note">Auswahl aus Codeliste ${e(name)}${ref?.version ? ` ${e(ref.version)}` : ''}</p>`;
    }
    const opts = list.map((o) => `<option value="${e(o.code)}">${e(o.name)}</option>`).join('');
    return `<select id="${id}"${req}${disabled}><option value="">Bitte wählen</option>${opts}</select>`;
  }
  const p = field.praezisierung;
  const attr = (name: string, value: string | undefined) =>
    value?.trim() ? ` ${name}="${e(value.trim())}"` : '';
  const value = field.inhalt?.trim() ? ` value="${e(field.inhalt.trim())}"` : '';
  switch (field.datentyp.code) {
    case 'bool':
      return `<input type="checkbox" id="${id}"${req}${disabled}>`;
    case 'num':
    case 'num_int':
    case 'num_currency': {
      const step =
        field.datentyp.code === 'num_int' ? '1' : field.datentyp.code === 'num_currency' ? '0.01' : 'any';
      return `<input type="number" id="${id}" step="${step}"${attr('min', p?.minValue)}${attr('max', p?.maxValue)}${value}${req}${disabled}>`;
    }
    case 'date':
      return `<input type="date" id="${id}"${attr('min', p?.minValue)}${attr('max', p?.maxValue)}${req}${disabled}>`;
    case 'datetime':
      return `<input type="datetime-local" id="${id}"${req}${disabled}>`;
    case 'time':
      return `<input type="time" id="${id}"${req}${disabled}>`;
    case 'file':
    case 'obj': {
      const accept = field.mediaType
        .map((m) => m.trim())
        .filter((m) => m !== '')
        .join(',');
      return `<input type="file" id="${id}"${attr('accept', accept)}${req}${disabled}>`;
    }
    default: {
      const max = Number(p?.maxLength ?? 0);
      if (max > 200)
        return `<textarea id="${id}"${attr('maxlength', p?.maxLength)}${req}${disabled}>${e(field.inhalt?.trim() ?? '')}</textarea>`;
      return `<input type="text" id="${id}"${attr('maxlength', p?.maxLength)}${attr('minlength', p?.minLength)}${value}${req}${disabled}>`;
    }
  }
}

function renderField(field: Datenfeld, s: Struktur | undefined, ctx: Ctx): string {
  const { required, note } = s === undefined ? { required: true, note: '' } : occurrence(s);
  const label = e(field.bezeichnungEingabe.trim());
  if (field.feldart.code === 'label') {
    return `<div class="field"><div class="label">${label}${meta(field)}</div><div class="static">${e(field.inhalt?.trim() ?? '')}</div>${help(field.hilfetextEingabe)}${rules(field.regel)}</div>`;
  }
  const id = `f${ctx.next++}`;
  const hidden = field.feldart.code === 'hidden';
  const star = required ? ' <span class="req" title="Pflichtangabe">*</span>' : '';
  return (
    `<div class="field${hidden ? ' hidden-field' : ''}"><label for="${id}">${label}${star}${meta(field)}</label>` +
    `${control(field, id, required, ctx)}${hidden ? '<p class="note">Verborgenes Feld</p>' : ''}` +
    `${help(field.hilfetextEingabe)}${note}${rules(field.regel)}</div>`
  );
}

function renderChildren(struktur: readonly Struktur[], choice: boolean, ctx: Ctx, depth: number): string {
  const parts = struktur.map((s) => {
    const inner =
      s.enthaelt.datenfeld !== undefined
        ? renderField(s.enthaelt.datenfeld, s, ctx)
        : s.enthaelt.datenfeldgruppe !== undefined
          ? renderGroup(s.enthaelt.datenfeldgruppe, s, ctx, depth + 1)
          : '';
    return choice ? `<div class="alternative">${inner}</div>` : inner;
  });
  return parts.join('');
}

function renderGroup(group: Datenfeldgruppe, s: Struktur | undefined, ctx: Ctx, depth: number): string {
  if (depth > 64) {
    ctx.report('warning', 'too-deep', 'Groups nested deeper than 64 levels are not shown.', group);
    return '';
  }
  const { required, note } = s === undefined ? { required: true, note: '' } : occurrence(s);
  const choice = group.art?.code === 'X';
  const star = required ? ' <span class="req" title="Pflichtangabe">*</span>' : '';
  return (
    `<fieldset class="group${choice ? ' choice' : ''}"><legend>${e(group.bezeichnungEingabe.trim())}${star}${meta(group)}</legend>` +
    `${help(group.hilfetextEingabe)}${note}${choice ? '<p class="note">Bitte genau eine der folgenden Angaben machen.</p>' : ''}` +
    `${rules(group.regel)}${renderChildren(group.struktur, choice, ctx, depth)}</fieldset>`
  );
}

function page(title: string, body: string, editor: boolean): string {
  return (
    `<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${e(title)}</title><style>${PREVIEW_CSS}</style></head><body${editor ? ' class="editor"' : ''}><main>${body}</main>` +
    `<script>${PREVIEW_SCRIPT}</script></body></html>\n`
  );
}

function toggle(editor: boolean): string {
  return `<label class="toggle"><input type="checkbox" id="fimkit-editor"${editor ? ' checked' : ''}> Redaktionsansicht: IDs, Versionen, Status</label>`;
}

/**
 * Renders the preview page of an XDatenfelder 3.0.0 document (Stammdatenschema, Datenfeldgruppe or
 * Datenfeld message). Never throws on content.
 *
 * @example
 * ```ts
 * const { value } = renderPreview(parse(bytes).value!, { registry });
 * writeFileSync('preview.html', value!);
 * ```
 */
export function renderPreview(doc: Xdf3Document, options: PreviewOptions = {}): PreviewResult {
  const ctx: Ctx = {
    options,
    diagnostics: [],
    next: 1,
    report(severity, code, message, at) {
      const pos = options.sourceMap?.positionOf(at);
      this.diagnostics.push(
        diagnostic(severity, `preview/${code}`, message, 'preview', {
          path: options.sourceMap?.pathOf(at),
          line: pos?.line,
          column: pos?.column,
        }),
      );
    },
  };
  const editor = options.editor === true;
  if (doc.message === 'xdatenfelder.stammdatenschema.0102') {
    const s = doc.model.stammdatenschema;
    const title = s.bezeichnung.trim() || s.name.trim();
    const body =
      `<header><h1>${e(title)}${meta(s)}</h1>${help(s.hilfetext)}${toggle(editor)}</header>` +
      `<form>${rules(s.regel)}${renderChildren(s.struktur, false, ctx, 0)}</form>`;
    return { value: page(title, body, editor), diagnostics: ctx.diagnostics };
  }
  if (doc.message === 'xdatenfelder.datenfeldgruppe.0103') {
    const g = doc.model.datenfeldgruppe;
    const body = `<header><h1>${e(g.bezeichnungEingabe.trim())}</h1>${toggle(editor)}</header><form>${renderGroup(g, undefined, ctx, 0)}</form>`;
    return { value: page(g.bezeichnungEingabe.trim(), body, editor), diagnostics: ctx.diagnostics };
  }
  if (doc.message === 'xdatenfelder.datenfeld.0104') {
    const f = doc.model.datenfeld;
    const body = `<header><h1>${e(f.bezeichnungEingabe.trim())}</h1>${toggle(editor)}</header><form>${renderField(f, undefined, ctx)}</form>`;
    return { value: page(f.bezeichnungEingabe.trim(), body, editor), diagnostics: ctx.diagnostics };
  }
  return {
    value: undefined,
    diagnostics: [
      diagnostic(
        'error',
        'preview/nothing-to-render',
        `Message ${doc.message} has no schema, group or field to show.`,
        'preview',
      ),
    ],
  };
}

/**
 * Renders the preview of an XDatenfelder 2.0 document, converted with `convertV2ToV3` first.
 *
 * @example
 * ```ts
 * const { value } = renderPreviewV2(v2.parse(bytes).value!);
 * ```
 */
export function renderPreviewV2(
  doc: Xdf2Document,
  options: Omit<PreviewOptions, 'sourceMap'> = {},
): PreviewResult {
  const converted = convertV2ToV3(doc);
  if (converted.value === undefined) return { value: undefined, diagnostics: converted.diagnostics };
  const r = renderPreview(converted.value, options);
  return { value: r.value, diagnostics: [...converted.diagnostics, ...r.diagnostics] };
}
