/**
 * XDatenfelder 2.0 → 3.0.0, element by element. @internal (public entry: `convertV2ToV3`).
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import * as V2 from '../v2/index.js';
import * as V3 from '../v3/index.js';
import { type AuditContext, AuditLog } from './audit.js';
import { latinizeTree } from './latin.js';
import {
  DEFAULT_INTERNAL_CODELIST_MARKERS,
  DEFAULT_UNTERNUMMERNKREIS,
  freigabestatusFromStatus,
  isInternalCodeliste,
  normalizeSpace,
  praezisierungToAttributes,
  splitBezug,
  widenId,
  widenIdsInText,
  widenVersion,
} from './mapping.js';
import type { CodelisteWert, ConversionResult, ConvertV2ToV3Options } from './options.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `{ [key]: value }` when the value is defined, else `{}` (for exactOptionalPropertyTypes). */
function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}

/** Optional text: blank text (empty or whitespace only) is omitted, as FIM-XSLT does. */
function text(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function code<K extends string>(
  value: string,
  list: { canonicalUri: string; version: string },
): V3.Xdf3Code<K> {
  return { code: value, listURI: list.canonicalUri, listVersionID: list.version };
}

interface Inherited {
  readonly freigabedatum?: string | undefined;
  readonly veroeffentlichungsdatum?: string | undefined;
}

class V2ToV3 {
  readonly audit = new AuditLog();
  readonly diagnostics: Diagnostic[] = [];
  readonly unr: string;
  readonly markers: readonly string[];
  letzteAenderung = '';
  inherited: Inherited = {};

  constructor(readonly options: ConvertV2ToV3Options) {
    this.unr = options.unternummernkreis ?? DEFAULT_UNTERNUMMERNKREIS;
    this.markers = options.internalCodelistMarkers ?? DEFAULT_INTERNAL_CODELIST_MARKERS;
    if (!/^\d{3}$/.test(this.unr)) {
      this.warn('convert/unternummernkreis-invalid', `Unternummernkreis "${this.unr}" is not 3 digits.`, '/');
    }
  }

  warn(code: string, message: string, path: string): void {
    this.diagnostics.push(diagnostic('warning', code, message, 'convert', { path }));
  }

  ctx(src: { identifikation: V2.ElementIdentifikation }, path: string): AuditContext {
    return { elementId: src.identifikation.id, elementVersion: src.identifikation.version, path };
  }

  extras(
    a: AuditContext,
    property: string,
    src: V2.Xdf2Code | { $unknownElements?: unknown; $unknownAttributes?: unknown },
  ): void {
    const x = src as {
      $unknownElements?: readonly { xml: string }[];
      $unknownAttributes?: readonly { name: string; value: string }[];
    };
    if (x.$unknownElements?.length) {
      this.audit.lost(
        a,
        `${property}$unknownElements`,
        x.$unknownElements.map((e) => e.xml),
      );
    }
    if (x.$unknownAttributes?.length) {
      this.audit.lost(
        a,
        `${property}$unknownAttributes`,
        x.$unknownAttributes.map((e) => `${e.name}="${e.value}"`),
      );
    }
  }

  identifikation(
    src: V2.ElementIdentifikation,
    a: AuditContext,
    property = 'identifikation',
  ): V3.ElementIdentifikation {
    const id = widenId(src.id, this.unr);
    if (src.id.length < 3) this.warn('convert/id-too-short', `Id "${src.id}" is too short to widen.`, a.path);
    this.audit.changed(a, `${property}.id`, src.id, id);
    let version: string | undefined;
    if (src.version !== undefined) {
      version = widenVersion(src.version);
      this.audit.changed(a, `${property}.version`, src.version, version);
      if (!/^\d+\.\d+\.\d+$/.test(version)) {
        this.warn(
          'convert/version-invalid',
          `Version "${src.version}" of ${src.id} is no XDF2 version.`,
          a.path,
        );
      }
    }
    this.extras(a, `${property}.`, src);
    return { id, ...opt('version', version) };
  }

  bezug(src: string, a: AuditContext, property = 'bezug'): V3.Rechtsbezug[] {
    if (this.options.splitBezug === false) {
      const v = normalizeSpace(src);
      if (v !== src && src.trim() !== '') this.audit.add(a, property, 'changed', src, v);
      return v === '' ? [] : [{ value: v }];
    }
    const parts = splitBezug(src);
    if (parts.join('; ') !== src && parts.length > 0) this.audit.add(a, property, 'changed', src, parts);
    return parts.map((value) => ({ value }));
  }

  /** AllgemeineAngaben (XDF2) → AllgemeineAngaben (XDF3), for schemas, groups, fields, Dokumentsteckbriefe. */
  allgemein(src: V2.AllgemeineAngaben, a: AuditContext, extraOriginal: string[] = []): V3.AllgemeineAngaben {
    const hasVersion = src.identifikation.version !== undefined;
    const freigabestatus = freigabestatusFromStatus(src.status.code, hasVersion, text(src.freigabedatum));
    this.audit.add(a, 'status', 'changed', src.status.code, `freigabestatus ${freigabestatus}`);
    if (!['aktiv', 'inaktiv', 'inVorbereitung'].includes(src.status.code)) {
      this.warn('convert/status-unknown', `Unknown status "${src.status.code}"; mapped to 2.`, a.path);
    }
    let statusGesetztAm = text(src.freigabedatum);
    let veroeffentlichungsdatum = text(src.veroeffentlichungsdatum);
    if (this.options.inheritSchemaDates !== false) {
      if (statusGesetztAm === undefined && this.inherited.freigabedatum !== undefined) {
        statusGesetztAm = this.inherited.freigabedatum;
        this.audit.defaulted(a, 'statusGesetztAm', statusGesetztAm);
      }
      if (veroeffentlichungsdatum === undefined && this.inherited.veroeffentlichungsdatum !== undefined) {
        veroeffentlichungsdatum = this.inherited.veroeffentlichungsdatum;
        this.audit.defaulted(a, 'veroeffentlichungsdatum', veroeffentlichungsdatum);
      }
    }
    this.audit.defaulted(a, 'letzteAenderung', this.letzteAenderung);
    return {
      identifikation: this.identifikation(src.identifikation, a),
      name: src.name,
      ...opt('beschreibung', this.beschreibung(src, extraOriginal)),
      ...opt('definition', text(src.definition)),
      bezug: this.bezug(src.bezug, a),
      freigabestatus: code(freigabestatus, V3.freigabestatus),
      ...opt('statusGesetztAm', statusGesetztAm),
      ...opt('statusGesetztDurch', text(src.fachlicherErsteller)),
      ...opt('gueltigAb', text(src.gueltigAb)),
      ...opt('gueltigBis', text(src.gueltigBis)),
      ...opt('versionshinweis', text(src.versionshinweis)),
      ...opt('veroeffentlichungsdatum', veroeffentlichungsdatum),
      letzteAenderung: this.letzteAenderung,
      relation: [],
      stichwort: [],
    };
  }

  /** `beschreibung`, with FIM-XSLT's "Originalwerte" block when asked for. */
  beschreibung(src: V2.AllgemeineAngaben, extraOriginal: readonly string[]): string | undefined {
    const own = text(src.beschreibung);
    if (this.options.originalwerteInBeschreibung !== true) return own;
    const lines = [`ID: ${src.identifikation.id}`];
    if (src.identifikation.version !== undefined) lines.push(`Version: ${src.identifikation.version}`);
    lines.push(`Status: ${src.status.code}`, ...extraOriginal);
    const block = `\n\t\t\t\tOriginalwerte der XDF2-Datei:${lines.map((l) => `\n\t\t\t\t${l}`).join('')}`;
    return own === undefined ? block : `${own}\n\t\t\t\t\t${block}`;
  }

  schemaelement(
    src: V2.Schemaelementangaben,
    a: AuditContext,
    extraOriginal: string[] = [],
  ): V3.Schemaelementangaben {
    return {
      ...this.allgemein(src, a, extraOriginal),
      bezeichnungEingabe: src.bezeichnungEingabe,
      ...opt('bezeichnungAusgabe', text(src.bezeichnungAusgabe)),
      schemaelementart: code(src.schemaelementart.code, V3.schemaelementart),
      ...opt('hilfetextEingabe', text(src.hilfetextEingabe)),
      ...opt('hilfetextAusgabe', text(src.hilfetextAusgabe)),
    };
  }

  regel(src: V2.Regel, path: string): V3.Regel {
    const a = this.ctx(src, path);
    this.audit.add(a, 'status', 'lost', src.status.code, undefined);
    for (const p of [
      'bezeichnungEingabe',
      'bezeichnungAusgabe',
      'gueltigAb',
      'gueltigBis',
      'versionshinweis',
      'freigabedatum',
      'veroeffentlichungsdatum',
    ] as const) {
      this.audit.lost(a, p, src[p]);
    }
    this.audit.lost(a, 'script', src.script);
    let freitextRegel = text(src.definition);
    if (freitextRegel !== undefined && this.options.widenIdsInRuleText !== false) {
      const widened = widenIdsInText(freitextRegel, this.unr);
      this.audit.changed(a, 'definition', freitextRegel, widened);
      freitextRegel = widened;
    }
    const extra = text(src.script) === undefined ? [] : [`Skript: ${src.script}`];
    this.audit.defaulted(a, 'letzteAenderung', this.letzteAenderung);
    this.audit.defaulted(a, 'typ', 'K');
    this.extras(a, '', src);
    return {
      identifikation: this.identifikation(src.identifikation, a),
      name: src.name,
      ...opt('beschreibung', this.beschreibung(src, extra)),
      ...opt('freitextRegel', freitextRegel),
      bezug: this.bezug(src.bezug, a),
      stichwort: [],
      ...opt('fachlicherErsteller', text(src.fachlicherErsteller)),
      letzteAenderung: this.letzteAenderung,
      typ: code('K', V3.regeltyp),
      param: [],
      ziel: [],
      fehler: [],
    };
  }

  datenfeld(src: V2.Datenfeld, path: string): V3.Datenfeld {
    const a = this.ctx(src, path);
    const extra: string[] = [];
    const ref = src.codelisteReferenz;
    let werte: V3.Werteliste | undefined;
    let codelisteReferenz: V3.GenericodeIdentification | undefined;
    if (ref !== undefined) {
      const g = ref.genericodeIdentification;
      const ci = g.canonicalIdentification.trim();
      const lookup = {
        id: ref.identifikation.id,
        ...opt('idVersion', ref.identifikation.version),
        canonicalIdentification: ci,
        version: g.version.trim(),
        canonicalVersionUri: g.canonicalVersionUri.trim(),
      };
      extra.push(
        `Codeliste: ${ref.identifikation.id}`,
        `Codeliste-Canonical-Identification: ${ci}`,
        `Codeliste-Version: ${g.version.trim()}`,
      );
      this.audit.add(a, 'codelisteReferenz.identifikation.id', 'lost', ref.identifikation.id, undefined);
      this.audit.lost(a, 'codelisteReferenz.identifikation.version', ref.identifikation.version);
      const values: readonly CodelisteWert[] | undefined = isInternalCodeliste(ci, this.markers)
        ? this.options.resolveCodeliste?.(lookup)
        : undefined;
      if (values !== undefined && values.length > 0) {
        werte = {
          wert: values.map((w) => ({ code: w.code, name: w.name, ...opt('hilfe', text(w.hilfe)) })),
        };
        this.audit.add(
          a,
          'codelisteReferenz',
          'changed',
          `${ci} ${lookup.version}`,
          `werte (${values.length})`,
        );
      } else {
        codelisteReferenz = {
          ...opt('canonicalIdentification', text(ci)),
          ...opt('version', text(lookup.version)),
          ...opt('canonicalVersionUri', text(lookup.canonicalVersionUri)),
        };
        if (values !== undefined) {
          this.warn(
            'convert/codeliste-empty',
            `Code list ${ci} resolved to no values; kept as reference.`,
            path,
          );
        }
      }
    }
    let praezisierung: V3.Praezisierung | undefined;
    if (src.praezisierung.trim() !== '') {
      const parsed = V2.parsePraezisierung(src.praezisierung.trim());
      for (const d of parsed.diagnostics) this.warn(d.code, d.message, path);
      if (parsed.value === undefined) {
        this.audit.add(a, 'praezisierung', 'lost', src.praezisierung, undefined);
      } else {
        const { attributes, lost } = praezisierungToAttributes(parsed.value);
        const invalid = parsed.diagnostics.some((d) => d.code.endsWith('invalid-value'));
        if (lost.length > 0 || invalid) {
          this.audit.add(a, 'praezisierung', 'lost', src.praezisierung, JSON.stringify(attributes));
        }
        if (Object.keys(attributes).length > 0) praezisierung = { ...attributes, value: '' };
      }
    }
    this.audit.defaulted(a, 'vorbefuellung', 'keine');
    return {
      ...this.schemaelement(src, a, extra),
      feldart: code(src.feldart.code, V3.feldart),
      datentyp: code(src.datentyp.code, V3.datentyp),
      ...opt('praezisierung', praezisierung),
      ...opt('inhalt', text(src.inhalt)),
      vorbefuellung: code('keine', V3.vorbefuellung),
      ...opt('werte', werte),
      ...opt('codelisteReferenz', codelisteReferenz),
      regel: src.regel.map((r, i) => this.regel(r, `${path}/regel[${i + 1}]`)),
      mediaType: [],
    };
  }

  datenfeldgruppe(src: V2.Datenfeldgruppe, path: string): V3.Datenfeldgruppe {
    const a = this.ctx(src, path);
    if (src.struktur.length === 0) {
      this.warn(
        'convert/struktur-missing',
        `Datenfeldgruppe ${src.identifikation.id} has no struktur; XDF3 requires one.`,
        path,
      );
    }
    const own = this.schemaelement(src, a);
    const regel = src.regel.map((r, i) => this.regel(r, `${path}/regel[${i + 1}]`));
    // Children inherit the dates of their nearest ancestor that has them (FIM-XSLT behaviour).
    const outer = this.inherited;
    this.inherited = {
      freigabedatum: text(src.freigabedatum) ?? outer.freigabedatum,
      veroeffentlichungsdatum: text(src.veroeffentlichungsdatum) ?? outer.veroeffentlichungsdatum,
    };
    const struktur = this.strukturen(src.struktur, path);
    this.inherited = outer;
    return { ...own, regel, struktur };
  }

  strukturen(list: readonly V2.Struktur[], parent: string): V3.Struktur[] {
    return list.map((s, i) => {
      const path = `${parent}/struktur[${i + 1}]`;
      const e = s.enthaelt;
      const child = e.datenfeld !== undefined ? e.datenfeld : e.datenfeldgruppe;
      const a = { elementId: child.identifikation.id, elementVersion: child.identifikation.version, path };
      const enthaelt: V3.Enthaelt =
        e.datenfeld !== undefined
          ? { datenfeld: this.datenfeld(e.datenfeld, `${path}/enthaelt/datenfeld`) }
          : { datenfeldgruppe: this.datenfeldgruppe(e.datenfeldgruppe, `${path}/enthaelt/datenfeldgruppe`) };
      return { anzahl: s.anzahl, bezug: this.bezug(s.bezug, a, 'struktur.bezug'), enthaelt };
    });
  }

  stammdatenschema(src: V2.Stammdatenschema, path: string): V3.Stammdatenschema {
    const a = this.ctx(src, path);
    this.inherited = {
      freigabedatum: text(src.freigabedatum),
      veroeffentlichungsdatum: text(src.veroeffentlichungsdatum),
    };
    const own = this.allgemein(src, a);
    this.audit.lost(a, 'bezeichnungAusgabe', src.bezeichnungAusgabe);
    const dok = this.options.dokumentsteckbriefId ?? 'D99000000001';
    this.audit.defaulted(a, 'dokumentsteckbrief.id', dok);
    if (src.struktur.length === 0) {
      this.warn(
        'convert/struktur-missing',
        `Stammdatenschema ${src.identifikation.id} has no struktur; XDF3 requires one.`,
        path,
      );
    }
    const out: V3.Stammdatenschema = {
      ...own,
      bezeichnung: src.bezeichnungEingabe,
      ...opt('hilfetext', text(src.hilfetext)),
      ableitungsmodifikationenStruktur: code(
        src.ableitungsmodifikationenStruktur.code,
        V3.ableitungsmodifikationenStruktur,
      ),
      ableitungsmodifikationenRepraesentation: code(
        src.ableitungsmodifikationenRepraesentation.code,
        V3.ableitungsmodifikationenRepraesentation,
      ),
      dokumentsteckbrief: { id: dok },
      regel: src.regel.map((r, i) => this.regel(r, `${path}/regel[${i + 1}]`)),
      struktur: this.strukturen(src.struktur, path),
    };
    this.inherited = {};
    return out;
  }

  dokumentsteckbrief(src: V2.Dokumentsteckbrief, path: string): V3.Dokumentsteckbrief {
    const a = this.ctx(src, path);
    const own = this.allgemein(src, a);
    this.audit.lost(a, 'bezeichnungAusgabe', src.bezeichnungAusgabe);
    return {
      ...own,
      istAbstrakt: src.isReferenz.trim(),
      dokumentart: {
        code: src.dokumentart.trim(),
        listURI: 'urn:xoev-de:fim-datenfelder:codeliste:dokumentart',
        listVersionID: this.options.dokumentartListVersionID ?? '1.0',
      },
      bezeichnung: src.bezeichnungEingabe,
      ...opt('hilfetext', text(src.hilfetext)),
    };
  }

  header(src: V2.Header): V3.Header {
    this.letzteAenderung = this.options.letzteAenderung ?? src.erstellungszeitpunkt;
    const h: Mutable<V3.Header> = {
      nachrichtID: src.nachrichtID,
      erstellungszeitpunkt: this.options.now ?? src.erstellungszeitpunkt,
    };
    if (src.referenzID !== undefined) h.referenzID = src.referenzID;
    return h;
  }
}

/** Runs the v2 → v3 conversion. @internal */
export function runV2ToV3(
  input: V2.Xdf2Document,
  options: ConvertV2ToV3Options,
): ConversionResult<V3.Xdf3Document> {
  const c = new V2ToV3(options);
  const doc = options.latinize === false ? input : latinizeTree(input, '', c.audit, c.diagnostics);
  const done = (value: V3.Xdf3Document | undefined) => ({
    value,
    audit: c.audit.entries,
    diagnostics: c.diagnostics,
  });
  switch (doc.message) {
    case 'xdatenfelder.stammdatenschema.0102': {
      const header = c.header(doc.model.header);
      return done({
        message: doc.message,
        model: {
          header,
          stammdatenschema: c.stammdatenschema(doc.model.stammdatenschema, '/stammdatenschema'),
        },
      });
    }
    case 'xdatenfelder.datenfeldgruppe.0103': {
      const header = c.header(doc.model.header);
      return done({
        message: doc.message,
        model: { header, datenfeldgruppe: c.datenfeldgruppe(doc.model.datenfeldgruppe, '/datenfeldgruppe') },
      });
    }
    case 'xdatenfelder.datenfeld.0104': {
      const header = c.header(doc.model.header);
      return done({
        message: doc.message,
        model: { header, datenfeld: c.datenfeld(doc.model.datenfeld, '/datenfeld') },
      });
    }
    case 'xdatenfelder.dokumentsteckbrief.0101': {
      const header = c.header(doc.model.header);
      return done({
        message: doc.message,
        model: {
          header,
          dokumentsteckbrief: c.dokumentsteckbrief(doc.model.dokumentensteckbrief, '/dokumentensteckbrief'),
        },
      });
    }
    default:
      c.diagnostics.push(
        diagnostic(
          'error',
          'convert/message-unsupported',
          `${doc.message} has no XDatenfelder 3.0.0 counterpart (XDF3 code lists are plain genericode); nothing converted.`,
          'convert',
          { path: '/' },
        ),
      );
      return done(undefined);
  }
}
