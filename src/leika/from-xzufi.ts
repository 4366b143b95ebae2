/**
 * The LeiKa catalogue from XZuFi 2.2.0 Leistungen (the federal LeiKa texts), through the typed XZuFi model.
 *
 * Mapping (spec/xzufi.md §4, §7): Schlüssel = first `referenzLeiKa` code (else the `id` when it is a
 * 14-digit key); Bezeichnung = `modulText` with LeiKa Textmodul `02`, Bezeichnung2 = Textmodul `03`
 * (German `inhalt` preferred, else the first); Typ = the `typisierung` codes; Synonyme = every
 * `begriffImKontext/begriff` (whatever its `typ`); Veröffentlichungsdatum = `versionsinformation`
 * `geaendertDatumZeit`, else `erstelltDatumZeit` (date and time as written, time zone dropped).
 * Leistungsgruppierung, Leistungskennung, Verrichtung, Verrichtungsdetail and Besondere Merkmale have
 * no XZuFi counterpart that is confirmed, so they stay empty.
 *
 * @module
 */

import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import type { Leistung, StringLocalized, Xzufi22Document } from '../xzufi/v2_2/index.js';
import type { LeikaEintrag, LeikaKatalog } from './catalogue.js';
import { isLeistungsschluessel, parseLeistungsschluessel } from './key.js';

function german(texts: readonly StringLocalized[]): string | undefined {
  const de = texts.find((t) => (t.languageCode ?? '').toLowerCase().startsWith('de')) ?? texts[0];
  return de?.value.trim();
}

function textmodul(l: Leistung, code: string): string | undefined {
  const m = l.modulText.find((t) => t.leikaTextmodul.code.trim() === code);
  return m === undefined ? undefined : german(m.inhalt);
}

function date(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value.trim());
  return m === null ? undefined : `${m[1]}T${m[2]}`;
}

/**
 * The Leistungen of parsed XZuFi 2.2.0 documents: single `leistung` documents and every `schreibe/leistung`
 * of transfer messages, in document order.
 *
 * @example
 * ```ts
 * const doc = xzufi22.parse(bytes).value;
 * const leistungen = leistungenOf(doc === undefined ? [] : [doc]);
 * ```
 */
export function leistungenOf(documents: readonly Xzufi22Document[]): Leistung[] {
  const out: Leistung[] = [];
  for (const d of documents) {
    if (d.kind === 'leistung') out.push(d.model);
    else if (d.kind === 'transfer') {
      for (const s of d.model.schreibe) if (s.leistung !== undefined) out.push(s.leistung);
    }
  }
  return out;
}

/**
 * Builds a LeiKa catalogue from XZuFi Leistungen. Leistungen without a LeiKa key are left out
 * (`leika/xzufi-no-key`, info); a key given twice keeps both entries (`leika/xzufi-duplicate-key`);
 * several `referenzLeiKa` use the first (`leika/xzufi-several-keys`); a missing Textmodul 02 gives
 * `leika/xzufi-no-bezeichnung` and an empty Bezeichnung. Diagnostics carry the Leistung `id` as path.
 *
 * @example
 * ```ts
 * const { value } = catalogueFromXzufi(leistungenOf([doc]));
 * value?.eintraege[0]?.bezeichnung; // 'Fischereischein Erteilung'
 * ```
 */
export function catalogueFromXzufi(leistungen: readonly Leistung[]): Result<LeikaKatalog> {
  const diagnostics: Diagnostic[] = [];
  const eintraege: LeikaEintrag[] = [];
  const seen = new Set<string>();
  for (const l of leistungen) {
    const where = { path: `/leistung[id=${l.id.value.trim()}]` };
    const refs = l.referenzLeiKa.map((c) => c.code.trim());
    const idValue = l.id.value.trim();
    const schluessel = refs[0] ?? (isLeistungsschluessel(idValue) ? idValue : undefined);
    if (schluessel === undefined) {
      diagnostics.push(
        diagnostic(
          'info',
          'leika/xzufi-no-key',
          `Leistung ${idValue} has no LeiKa key; it is not in the catalogue`,
          'leika',
          where,
        ),
      );
      continue;
    }
    if (refs.length > 1) {
      diagnostics.push(
        diagnostic(
          'warning',
          'leika/xzufi-several-keys',
          `Leistung ${idValue} refers to ${refs.join(', ')}; the catalogue uses ${schluessel}`,
          'leika',
          where,
        ),
      );
    }
    diagnostics.push(
      ...parseLeistungsschluessel(schluessel, where).diagnostics.map((d) => ({ ...d, ...where })),
    );
    if (seen.has(schluessel)) {
      diagnostics.push(
        diagnostic(
          'error',
          'leika/xzufi-duplicate-key',
          `LeiKa key ${schluessel} is given by several Leistungen`,
          'leika',
          where,
        ),
      );
    }
    seen.add(schluessel);
    const bezeichnung = textmodul(l, '02');
    if (bezeichnung === undefined) {
      diagnostics.push(
        diagnostic(
          'warning',
          'leika/xzufi-no-bezeichnung',
          `Leistung ${idValue} has no Textmodul 02 (Leistungsbezeichnung)`,
          'leika',
          where,
        ),
      );
    }
    const entry: { -readonly [K in keyof LeikaEintrag]: LeikaEintrag[K] } = {
      schluessel,
      bezeichnung: bezeichnung ?? '',
      typ: l.typisierung.map((c) => c.code.trim()),
      besondereMerkmale: [],
      synonyme: l.modulBegriffImKontext.flatMap((m) => m.begriffImKontext.map((b) => b.begriff.value.trim())),
      weitereSpalten: {},
    };
    const bezeichnung2 = textmodul(l, '03');
    if (bezeichnung2 !== undefined) entry.bezeichnung2 = bezeichnung2;
    const v = l.versionsinformation;
    const when = date(v?.geaendertDatumZeit) ?? date(v?.erstelltDatumZeit);
    if (when !== undefined) entry.veroeffentlichungsdatum = when;
    eintraege.push(entry);
  }
  return { value: { eintraege, weitereSpalten: [] }, diagnostics };
}
