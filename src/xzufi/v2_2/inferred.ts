/**
 * Every XZuFi 2.2.0 element name that rests on inference (`spec/xzufi.md`, level **inf** or "unknown"),
 * in one table. When the official XSD confirms or corrects a name, change it here: specs, builders and
 * docs (`docs/xzufi.md`) take it from this table.
 *
 * @module
 */

/**
 * The inferred element names of XZuFi 2.2.0.
 *
 * @example
 * ```ts
 * INFERRED_NAMES.fristDauer; // 'fristDauer'
 * ```
 */
export const INFERRED_NAMES = {
  /** Leistung §4 #22 (FIMP `id_leistung_im_kontext`). */
  idLeistungImKontext: 'idLeistungImKontext',
  /** Leistung §4 #23 (FIMP `id_prozess`). */
  idProzess: 'idProzess',
  /** Leistung §4 #27 (FIMP `relevant_fuer_wirtschaftszweig`). */
  relevantFuerWirtschaftszweig: 'relevantFuerWirtschaftszweig',
  /** Leistung §4 #28. */
  relevantFuerRechtsform: 'relevantFuerRechtsform',
  /** Leistung §4 #29. */
  relevantFuerStaatsangehoerigkeit: 'relevantFuerStaatsangehoerigkeit',
  /** Leistungskategorie §4.5 #4. */
  untergeordneteKategorieID: 'untergeordneteKategorieID',
  /** Code branch of `leistungsgruppierung` (§4.1, by analogy with `verrichtungLeiKa`). */
  leistungsgruppierungLeiKa: 'leistungsgruppierungLeiKa',
  /** Choice element of FristMitTyp / FristOhneTyp for FIMP `FristDauer` (§4.3, wrapper unknown). */
  fristDauer: 'fristDauer',
  /** Choice element for FIMP `FristStichtag` (§4.3, wrapper unknown). */
  fristStichtag: 'fristStichtag',
  /** Choice element of Kosten for FIMP `KostenFix` (§4.4, wrapper unknown). */
  kostenFix: 'kostenFix',
  /** Choice element for FIMP `KostenFrei`. */
  kostenFrei: 'kostenFrei',
  /** Choice element for FIMP `KostenVariabel`. */
  kostenVariabel: 'kostenVariabel',
  /** TextmodulIndividuell code element (§4.2, "name inf"). */
  individuellesTextmodultyp: 'individuellesTextmodultyp',
  /** Dokument's form reference (§4.2, "inf name"). */
  referenzFormularID: 'referenzFormularID',
  /** Dokument type: free value when the code list has none (FIMP `nicht_gelisteter_wert`). */
  nichtGelisteterWert: 'nichtGelisteterWert',
  /** Amount currency attribute (§3 Amount: unknown; UN/CEFACT AmountType uses `currencyID`). */
  currencyAttribute: 'currencyID',
  /** Header children of `nachrichtenkopf` (taken from 2.1.0, PV21). */
  nachrichtUUID: 'nachrichtUUID',
  erstelltDatumZeit: 'erstelltDatumZeit',
  /** Transfer message root written by `build` when the model names none (§2.1: root name unknown). */
  transferRoot: 'transfer.operation',
} as const;
