/**
 * XDatenfelder 3.0.0 → 2.0, element by element. @internal (public entry: `convertV3ToV2`).
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import * as V2 from '../v2/index.js';
import type * as V3 from '../v3/index.js';
import { type AuditContext, AuditLog } from './audit.js';
import {
  attributesToPraezisierung,
  DEFAULT_UNTERNUMMERNKREIS,
  isSplitCanonical,
  joinBezug,
  narrowId,
  narrowIdsInText,
  narrowVersion,
  RELEASED_FREIGABESTATUS,
  statusFromFreigabestatus,
} from './mapping.js';
import type { ConversionResult, ConvertV3ToV2Options } from './options.js';

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}

function code<K extends string>(
  value: string,
  list: { canonicalUri: string; version: string },
): V2.Xdf2Code<K> {
  return { code: value, listURI: list.canonicalUri, listVersionID: list.version };
}

const V2_FELDART = new Set(Object.keys(V2.feldartCodes.codes));
const V2_DATENTYP = new Set(Object.keys(V2.datentypCodes.codes));

class V3ToV2 {
  readonly audit = new AuditLog();
  readonly diagnostics: Diagnostic[] = [];
  readonly unr: string;
  codelisten = 0;

  constructor(readonly options: ConvertV3ToV2Options) {
    this.unr = options.unternummernkreis ?? DEFAULT_UNTERNUMMERNKREIS;
  }

  warn(code: string, message: string, path: string): void {
    this.diagnostics.push(diagnostic('warning', code, message, 'convert', { path }));
  }

  ctx(src: { identifikation: V3.ElementIdentifikation }, path: string): AuditContext {
    return { elementId: src.identifikation.id, elementVersion: src.identifikation.version, path };
  }

  extras(a: AuditContext, src: object): void {
    const x = src as {
      $unknownElements?: readonly { xml: string }[];
      $unknownAttributes?: readonly { name: string; value: string }[];
    };
    if (x.$unknownElements?.length)
      this.audit.lost(
        a,
        '$unknownElements',
        x.$unknownElements.map((e) => e.xml),
      );
    if (x.$unknownAttributes?.length) {
      this.audit.lost(
        a,
        '$unknownAttributes',
        x.$unknownAttributes.map((e) => `${e.name}="${e.value}"`),
      );
    }
  }

  identifikation(src: V3.ElementIdentifikation, a: AuditContext): V2.ElementIdentifikation {
    let id = narrowId(src.id, this.unr);
    if (id === undefined) {
      id = src.id;
      this.audit.add(a, 'identifikation.id', 'lost', src.id, src.id);
      this.warn(
        'convert/id-not-narrowable',
        `Id ${src.id} does not carry Unternummernkreis ${this.unr}; kept as is.`,
        a.path,
      );
    } else {
      this.audit.changed(a, 'identifikation.id', src.id, id);
    }
    let version: string | undefined;
    if (src.version !== undefined) {
      version = narrowVersion(src.version);
      if (version === undefined) {
        version = src.version;
        this.audit.add(a, 'identifikation.version', 'lost', src.version, src.version);
        this.warn(
          'convert/version-not-narrowable',
          `Version ${src.version} of ${src.id} has a patch other than 0; kept as is.`,
          a.path,
        );
      } else {
        this.audit.changed(a, 'identifikation.version', src.version, version);
      }
    }
    return { id, ...opt('version', version) };
  }

  bezug(list: readonly V3.Rechtsbezug[], a: AuditContext, property = 'bezug'): string {
    const parts = list.map((b) => b.value);
    const joined = joinBezug(parts);
    // Lossless exactly when splitting the joined text gives the same parts back.
    if (!isSplitCanonical(parts)) this.audit.add(a, property, 'changed', parts, joined);
    for (const b of list) this.audit.lost(a, `${property}.link`, b.link);
    return joined;
  }

  allgemein(src: V3.AllgemeineAngaben, a: AuditContext, bezeichnungEingabe: string): V2.AllgemeineAngaben {
    const fs = src.freigabestatus.code;
    let status = statusFromFreigabestatus(fs);
    if (status === undefined) {
      status = 'inVorbereitung';
      this.warn(
        'convert/freigabestatus-unknown',
        `Unknown freigabestatus "${fs}"; mapped to inVorbereitung.`,
        a.path,
      );
    }
    this.audit.add(a, 'freigabestatus', 'changed', fs, `status ${status}`);
    let freigabedatum: string | undefined;
    if (src.statusGesetztAm !== undefined) {
      if (RELEASED_FREIGABESTATUS.includes(fs.trim())) freigabedatum = src.statusGesetztAm;
      else this.audit.lost(a, 'statusGesetztAm', src.statusGesetztAm);
    }
    this.audit.lost(a, 'letzteAenderung', src.letzteAenderung);
    for (const r of src.relation) {
      this.audit.lost(
        a,
        'relation',
        `${r.praedikat.code} ${r.objekt.id}${r.objekt.version === undefined ? '' : ` ${r.objekt.version}`}`,
      );
    }
    for (const s of src.stichwort)
      this.audit.lost(a, 'stichwort', s.value === '' ? s.uri : `${s.value} (${s.uri})`);
    this.extras(a, src);
    return {
      identifikation: this.identifikation(src.identifikation, a),
      name: src.name,
      bezeichnungEingabe,
      beschreibung: src.beschreibung ?? '',
      definition: src.definition ?? '',
      bezug: this.bezug(src.bezug, a),
      status: code(status, V2.statusCodes),
      ...opt('gueltigAb', src.gueltigAb),
      ...opt('gueltigBis', src.gueltigBis),
      ...opt('fachlicherErsteller', src.statusGesetztDurch),
      ...opt('versionshinweis', src.versionshinweis),
      ...opt('freigabedatum', freigabedatum),
      ...opt('veroeffentlichungsdatum', src.veroeffentlichungsdatum),
    };
  }

  schemaelement(src: V3.Schemaelementangaben, a: AuditContext): V2.Schemaelementangaben {
    return {
      ...this.allgemein(src, a, src.bezeichnungEingabe),
      ...opt('bezeichnungAusgabe', src.bezeichnungAusgabe),
      schemaelementart: code(src.schemaelementart.code, V2.schemaelementartCodes),
      hilfetextEingabe: src.hilfetextEingabe ?? '',
      hilfetextAusgabe: src.hilfetextAusgabe ?? '',
    };
  }

  regel(src: V3.Regel, path: string): V2.Regel {
    const a = this.ctx(src, path);
    let definition = src.freitextRegel ?? '';
    if (this.options.narrowIdsInRuleText !== false) {
      const narrowed = narrowIdsInText(definition, this.unr);
      this.audit.changed(a, 'freitextRegel', definition, narrowed);
      definition = narrowed;
    }
    this.audit.lost(a, 'letzteAenderung', src.letzteAenderung);
    if (src.typ.code !== 'K') this.audit.lost(a, 'typ', src.typ.code);
    for (const p of src.param) this.audit.lost(a, 'param', `${p.name}=${p.element} (${p.typ})`);
    for (const z of src.ziel) this.audit.lost(a, 'ziel', `${z.name}=${z.element}`);
    for (const f of src.fehler) this.audit.lost(a, 'fehler', `${f.code}: ${f.value}`);
    for (const s of src.stichwort)
      this.audit.lost(a, 'stichwort', s.value === '' ? s.uri : `${s.value} (${s.uri})`);
    this.audit.defaulted(a, 'status', 'aktiv');
    this.extras(a, src);
    return {
      identifikation: this.identifikation(src.identifikation, a),
      name: src.name,
      bezeichnungEingabe: '',
      beschreibung: src.beschreibung ?? '',
      definition,
      bezug: this.bezug(src.bezug, a),
      status: code('aktiv', V2.statusCodes),
      ...opt('fachlicherErsteller', src.fachlicherErsteller),
      script: src.skript ?? '',
    };
  }

  codelisteReferenz(ref: V3.GenericodeIdentification, a: AuditContext): V2.CodelisteReferenz {
    const index = this.codelisten++;
    const id = this.options.codelisteId?.(ref, index) ?? `C99${String(index + 1).padStart(6, '0')}`;
    this.audit.defaulted(a, 'codelisteReferenz.identifikation.id', id);
    return {
      identifikation: { id },
      genericodeIdentification: {
        canonicalIdentification: ref.canonicalIdentification ?? '',
        version: ref.version ?? '',
        canonicalVersionUri: ref.canonicalVersionUri ?? '',
      },
    };
  }

  datenfeld(src: V3.Datenfeld, path: string): V2.Datenfeld {
    const a = this.ctx(src, path);
    let feldart = src.feldart.code;
    if (!V2_FELDART.has(feldart)) {
      const to = feldart === 'locked' || feldart === 'hidden' ? 'input' : feldart;
      this.audit.add(a, 'feldart', 'changed', feldart, to);
      feldart = to;
    }
    let datentyp = src.datentyp.code;
    if (!V2_DATENTYP.has(datentyp)) {
      const to = ['text_latin', 'time', 'datetime'].includes(datentyp) ? 'text' : datentyp;
      this.audit.add(a, 'datentyp', 'changed', datentyp, to);
      datentyp = to;
    }
    let praezisierung = '';
    if (src.praezisierung !== undefined) {
      const { value, $unknownAttributes, $unknownElements, ...attrs } = src.praezisierung;
      const { praezisierung: p, lost } = attributesToPraezisierung(attrs);
      praezisierung = V2.stringifyPraezisierung(p);
      if (lost.length > 0) this.audit.add(a, 'praezisierung', 'lost', JSON.stringify(attrs), praezisierung);
      this.audit.lost(a, 'praezisierung.value', value);
    }
    if (src.vorbefuellung.code !== 'keine') this.audit.lost(a, 'vorbefuellung', src.vorbefuellung.code);
    for (const k of ['codeKey', 'nameKey', 'helpKey', 'maxSize'] as const) this.audit.lost(a, k, src[k]);
    for (const m of src.mediaType) this.audit.lost(a, 'mediaType', m);
    let codelisteReferenz: V2.CodelisteReferenz | undefined;
    if (src.werte !== undefined) {
      const made = this.options.werteToCodeliste?.(
        { id: src.identifikation.id, ...opt('version', src.identifikation.version) },
        src.werte,
      );
      const summary = src.werte.wert.map((w) => `${w.code}=${w.name}`);
      if (made === undefined) {
        this.audit.lost(a, 'werte', summary);
      } else {
        codelisteReferenz = {
          identifikation: { id: made.id, ...opt('version', made.idVersion) },
          genericodeIdentification: {
            canonicalIdentification: made.canonicalIdentification,
            version: made.version,
            canonicalVersionUri: made.canonicalVersionUri,
          },
        };
        this.audit.add(a, 'werte', 'changed', summary, `codelisteReferenz ${made.id}`);
      }
    }
    if (src.codelisteReferenz !== undefined) {
      if (codelisteReferenz !== undefined) {
        this.audit.lost(a, 'codelisteReferenz', src.codelisteReferenz.canonicalIdentification ?? '');
      } else {
        codelisteReferenz = this.codelisteReferenz(src.codelisteReferenz, a);
      }
    }
    return {
      ...this.schemaelement(src, a),
      feldart: code(feldart, V2.feldartCodes),
      datentyp: code(datentyp, V2.datentypCodes),
      praezisierung,
      inhalt: src.inhalt ?? '',
      ...opt('codelisteReferenz', codelisteReferenz),
      regel: src.regel.map((r, i) => this.regel(r, `${path}/regel[${i + 1}]`)),
    };
  }

  datenfeldgruppe(src: V3.Datenfeldgruppe, path: string): V2.Datenfeldgruppe {
    const a = this.ctx(src, path);
    if (src.art !== undefined) this.audit.lost(a, 'art', src.art.code);
    return {
      ...this.schemaelement(src, a),
      regel: src.regel.map((r, i) => this.regel(r, `${path}/regel[${i + 1}]`)),
      struktur: this.strukturen(src.struktur, path),
    };
  }

  strukturen(list: readonly V3.Struktur[], parent: string): V2.Struktur[] {
    return list.map((s, i) => {
      const path = `${parent}/struktur[${i + 1}]`;
      const e = s.enthaelt;
      const child = e.datenfeld !== undefined ? e.datenfeld : e.datenfeldgruppe;
      const a = { elementId: child.identifikation.id, elementVersion: child.identifikation.version, path };
      const enthaelt: V2.Enthaelt =
        e.datenfeld !== undefined
          ? { datenfeld: this.datenfeld(e.datenfeld, `${path}/enthaelt/datenfeld`) }
          : { datenfeldgruppe: this.datenfeldgruppe(e.datenfeldgruppe, `${path}/enthaelt/datenfeldgruppe`) };
      return { anzahl: s.anzahl, bezug: this.bezug(s.bezug, a, 'struktur.bezug'), enthaelt };
    });
  }

  stammdatenschema(src: V3.Stammdatenschema, path: string): V2.Stammdatenschema {
    const a = this.ctx(src, path);
    this.audit.lost(a, 'dokumentsteckbrief.id', src.dokumentsteckbrief.id);
    return {
      ...this.allgemein(src, a, src.bezeichnung),
      ...opt('hilfetext', src.hilfetext),
      ableitungsmodifikationenStruktur: code(
        src.ableitungsmodifikationenStruktur.code,
        V2.ableitungsmodifikationenStrukturCodes,
      ),
      ableitungsmodifikationenRepraesentation: code(
        src.ableitungsmodifikationenRepraesentation.code,
        V2.ableitungsmodifikationenRepraesentationCodes,
      ),
      regel: src.regel.map((r, i) => this.regel(r, `${path}/regel[${i + 1}]`)),
      struktur: this.strukturen(src.struktur, path),
    };
  }

  dokumentsteckbrief(src: V3.Dokumentsteckbrief, path: string): V2.Dokumentsteckbrief {
    const a = this.ctx(src, path);
    this.audit.lost(a, 'dokumentart.listVersionID', src.dokumentart.listVersionID);
    return {
      ...this.allgemein(src, a, src.bezeichnung),
      isReferenz: src.istAbstrakt,
      dokumentart: src.dokumentart.code,
      ...opt('hilfetext', src.hilfetext),
    };
  }

  header(src: V3.Header): V2.Header {
    const a = { path: '/header' };
    for (const k of ['produktbezeichnung', 'produkthersteller', 'produktversion'] as const)
      this.audit.lost(a, k, src[k]);
    this.audit.lost(a, 'datenqualitaet', src.datenqualitaet?.code);
    return {
      nachrichtID: src.nachrichtID,
      erstellungszeitpunkt: this.options.now ?? src.erstellungszeitpunkt,
      ...opt('referenzID', src.referenzID),
    };
  }
}

/** Runs the v3 → v2 conversion. @internal */
export function runV3ToV2(
  doc: V3.Xdf3Document,
  options: ConvertV3ToV2Options,
): ConversionResult<V2.Xdf2Document> {
  const c = new V3ToV2(options);
  const done = (value: V2.Xdf2Document | undefined) => ({
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
          dokumentensteckbrief: c.dokumentsteckbrief(doc.model.dokumentsteckbrief, '/dokumentsteckbrief'),
        },
      });
    }
    default:
      c.diagnostics.push(
        diagnostic(
          'error',
          'convert/message-unsupported',
          `${doc.message} has no XDatenfelder 2.0 counterpart; nothing converted.`,
          'convert',
          { path: '/' },
        ),
      );
      return done(undefined);
  }
}
