/**
 * All binding specs of XDatenfelder 3.0.0, one per XSD complex type, split by element family.
 *
 * @module
 */
export {
  allgemeineAngaben,
  CodeAbleitungsmodifikationenRepraesentation,
  CodeAbleitungsmodifikationenStruktur,
  CodeDatenqualitaet,
  CodeDatentyp,
  CodeDokumentart,
  CodeFeldart,
  CodeFreigabestatus,
  CodeGruppenart,
  CodeRegelParamTyp,
  CodeRegeltyp,
  CodeRelation,
  CodeSchemaelementart,
  CodeVorbefuellung,
  ElementIdentifikation,
  Rechtsbezug,
  Relation,
  Stichwort,
  schemaelementangaben,
} from './specs-allgemein.js';
export {
  Codeliste0105,
  Datenfeld0104,
  Datenfeldgruppe0103,
  Dokumentsteckbrief0101,
  ElementUebersetzung,
  Genericode,
  Header,
  RegelUebersetzung,
  Sprache,
  Stammdatenschema0102,
  Uebersetzung0106,
  XDF3_NAMESPACE,
  type Xdf3MessageName,
  xdf3Messages,
  xdf3Vocabulary,
} from './specs-messages.js';
export { Fehlermeldung, Regel, RegelParameter, RegelZiel } from './specs-regel.js';
export {
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  Enthaelt,
  GenericodeIdentification,
  Praezisierung,
  Stammdatenschema,
  Struktur,
  Wert,
  Werteliste,
} from './specs-schema.js';
