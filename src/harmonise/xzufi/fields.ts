/**
 * The structured parts of a Leistung that matter when texts are harmonised: Kosten, Fristen,
 * Bearbeitungsdauer, Dokumente, and the Zuständigkeit-relevant Typisierung, Gültigkeitsgebiet and
 * Leistungsadressat. Each becomes a list of normalised lines (one per Kosten, Frist, Dokument, code),
 * compared as multisets.
 *
 * @module
 */
import type { Amount, FristOhneTyp, Leistung, StringLocalized, XzufiCode } from '../../xzufi/v2_2/index.js';
import { leistungsadressat, typisierung } from '../../xzufi/v2_2/index.js';
import type { FieldClassification, FieldKey } from './model.js';
import { normaliseText } from './units.js';

/**
 * German labels of the compared fields.
 *
 * @example
 * ```ts
 * FIELD_LABELS.modulKosten; // 'Kosten'
 * ```
 */
export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = {
  modulKosten: 'Kosten',
  modulFrist: 'Fristen',
  modulBearbeitungsdauer: 'Bearbeitungsdauer',
  modulDokument: 'Dokumente',
  typisierung: 'Typisierung',
  gueltigkeitGebietID: 'Gültigkeitsgebiet',
  leistungsadressat: 'Leistungsadressat',
};

const FIELDS = Object.keys(FIELD_LABELS) as FieldKey[];

/** The German text (else the first) of localised texts, normalised; '' when none. */
function text(values: readonly StringLocalized[]): string {
  const de = values.find((v) => (v.languageCode ?? '').toLowerCase().startsWith('de')) ?? values[0];
  return de === undefined ? '' : normaliseText(de.value);
}

const withText = (head: string, t: string) => (t === '' ? head : `${head} – ${t}`);
const amount = (a: Amount | undefined) =>
  a === undefined ? '?' : `${a.value.trim()} ${a.currencyID ?? ''}`.trim();
const code = (c: XzufiCode | undefined) => c?.code.trim() ?? '';
const labelled = (c: XzufiCode, labels: Readonly<Record<string, string>>) => {
  const k = code(c);
  const l = labels[k] ?? c.name;
  return l === undefined ? k : `${k} ${l}`;
};

function frist(f: FristOhneTyp): string {
  const d = f.fristDauer;
  const s = f.fristStichtag;
  const span =
    d !== undefined
      ? `${d.dauer.trim()} ${d.einheit.trim()}${d.dauerBis === undefined ? '' : ` bis ${d.dauerBis.trim()} ${(d.einheitBis ?? d.einheit).trim()}`}`
      : s !== undefined
        ? `Stichtag ${s.von ?? '…'} bis ${s.bis ?? '…'}`
        : 'ohne Angabe';
  return withText(span, text(f.beschreibung));
}

function moduleText(head: string, values: readonly StringLocalized[]): string[] {
  const t = text(values);
  return t === '' ? [] : [`${head}: ${t}`];
}

/**
 * The normalised lines of one field of a Leistung (empty when the Leistung lacks it).
 *
 * @example
 * ```ts
 * fieldLines(leistung, 'modulKosten'); // ['001 fest 85.00 EUR – Verwaltungsgebühr']
 * ```
 */
export function fieldLines(l: Leistung, field: FieldKey): string[] {
  switch (field) {
    case 'modulKosten': {
      const m = l.modulKosten;
      if (m === undefined) return [];
      const lines = m.kosten.map((k) => {
        const what =
          k.kostenFix !== undefined
            ? `fest ${amount(k.kostenFix.betrag)}`
            : k.kostenVariabel !== undefined
              ? withText(
                  `variabel ${amount(k.kostenVariabel.betragUntergrenze)} bis ${amount(k.kostenVariabel.betragObergrenze)}`,
                  text(k.kostenVariabel.beschreibungVariabilitaet),
                )
              : k.kostenFrei !== undefined
                ? withText('kostenfrei', text(k.kostenFrei.beschreibungKostenfreiheit))
                : 'ohne Betrag';
        return withText(`${code(k.typ)} ${what}`, text(k.beschreibung));
      });
      return [...lines, ...moduleText('Beschreibung', m.beschreibung)];
    }
    case 'modulFrist': {
      const m = l.modulFrist;
      if (m === undefined) return [];
      return [
        ...m.frist.map((f) => `${code(f.typ)} ${frist(f)}`),
        ...moduleText('Beschreibung', m.beschreibung),
      ];
    }
    case 'modulBearbeitungsdauer': {
      const m = l.modulBearbeitungsdauer;
      if (m === undefined) return [];
      return [...m.bearbeitungsdauer.map(frist), ...moduleText('Beschreibung', m.beschreibung)];
    }
    case 'modulDokument': {
      const m = l.modulDokument;
      if (m === undefined) return [];
      const doc = (dir: string) => (d: (typeof m.dokumentEingehend)[number]) =>
        withText(
          `${dir} ${code(d.typ.code) || (d.typ.nichtGelisteterWert ?? '').trim()}`,
          text(d.bezeichnung),
        );
      return [
        ...m.dokumentEingehend.map(doc('eingehend')),
        ...m.dokumentAusgehend.map(doc('ausgehend')),
        ...moduleText('Beschreibung', m.beschreibung),
      ];
    }
    case 'typisierung':
      return l.typisierung.map((c) => labelled(c, typisierung.codes));
    case 'gueltigkeitGebietID':
      return l.gueltigkeitGebietID.map((i) => i.value.trim());
    case 'leistungsadressat':
      return l.leistungsadressat.map((c) => labelled(c, leistungsadressat.codes));
  }
}

/** Elements of `a` not matched in `b` (multiset difference). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/**
 * Compares the structured fields of a variant with the Stamm's; fields neither has are left out.
 *
 * @example
 * ```ts
 * compareFields(stamm, local).filter((f) => f.status !== 'unchanged');
 * ```
 */
export function compareFields(stamm: Leistung, local: Leistung): FieldClassification[] {
  const out: FieldClassification[] = [];
  for (const field of FIELDS) {
    const s = fieldLines(stamm, field);
    const l = fieldLines(local, field);
    if (s.length === 0 && l.length === 0) continue;
    const addedLines = minus(l, s);
    const removedLines = minus(s, l);
    const status =
      s.length === 0
        ? 'added'
        : l.length === 0
          ? 'missing'
          : addedLines.length + removedLines.length === 0
            ? 'unchanged'
            : 'changed';
    out.push({ field, label: FIELD_LABELS[field], status, stamm: s, local: l, addedLines, removedLines });
  }
  return out;
}
