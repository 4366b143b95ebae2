/**
 * Binding specs of the XZuFi 2.3.1 Leistung modules (`spec/xzufi.md` §8, all **inf**): the 2.2.0 modules
 * with `zugangskanal` in front, Kosten with `linkKostenbildung` as links, the new Dokument module and the
 * dynamic parameters of the Ursprungsportal module. Types 2.3.1 does not change are the 2.2.0 specs.
 *
 * @module
 */
import { complexType, type ElementSpec, many, one, type TypeSpec, text } from '../../core/binding/index.js';
import {
  Code,
  HtmlStringLocalized,
  HyperlinkErweitert,
  Identifikator,
  modulKopf,
  StringLocalized,
} from '../v2_2/specs-common.js';
import {
  Auskunftshinweismodul as Auskunftshinweismodul22,
  Bearbeitungsdauermodul as Bearbeitungsdauermodul22,
  BegriffImKontextModul as BegriffImKontextModul22,
  Dokumenttyp,
  FachlicheFreigabeModul as FachlicheFreigabeModul22,
  Fristmodul as Fristmodul22,
  Kosten as Kosten22,
  Kostenmodul as Kostenmodul22,
  Textmodul as Textmodul22,
  TextmodulIndividuell as TextmodulIndividuell22,
  UrsprungsportalModul as UrsprungsportalModul22,
} from '../v2_2/specs-module.js';
import { INFERRED_NAMES_23 as N } from './inferred.js';

/**
 * A copy of a 2.2.0 type under the same name, its elements passed through `change` (attributes and
 * flags kept).
 *
 * @example
 * ```ts
 * const Fristmodul = derived(Fristmodul22, (els) => [zugangskanal(), ...els]);
 * ```
 */
export function derived(
  base: TypeSpec,
  change: (elements: readonly ElementSpec[]) => readonly ElementSpec[],
): TypeSpec {
  return complexType(base.name, () => change(base.elements()), {
    attributes: base.attributes,
    ...(base.simpleContent ? { simpleContent: true } : {}),
    ...(base.choice ? { choice: true } : {}),
  });
}

/** `elements` with the element named `name` replaced by `by`. */
function replacing(elements: readonly ElementSpec[], name: string, by: ElementSpec): ElementSpec[] {
  return elements.map((e) => (e.name === name ? by : e));
}

/** The 2.2.0 module `base` with `zugangskanal` (Code, 1) in front (§8 #10). */
function withZugangskanal(base: TypeSpec): TypeSpec {
  return derived(base, (els) => [one(N.zugangskanal, Code), ...els]);
}

/** `modulText` (2.3.1): `zugangskanal`, then as 2.2.0. */
export const Textmodul = withZugangskanal(Textmodul22);
/** `modulTextIndividuell` (2.3.1). */
export const TextmodulIndividuell = withZugangskanal(TextmodulIndividuell22);
/** `modulFrist` (2.3.1; now 0..n in the Leistung). */
export const Fristmodul = withZugangskanal(Fristmodul22);
/** `modulBearbeitungsdauer` (2.3.1). */
export const Bearbeitungsdauermodul = withZugangskanal(Bearbeitungsdauermodul22);
/** `modulBegriffImKontext` (2.3.1). */
export const BegriffImKontextModul = withZugangskanal(BegriffImKontextModul22);
/** `modulFachlicheFreigabe` (2.3.1). */
export const FachlicheFreigabeModul = withZugangskanal(FachlicheFreigabeModul22);
/** `modulAuskunftshinweis` (2.3.1). */
export const Auskunftshinweismodul = withZugangskanal(Auskunftshinweismodul22);

/** `Kosten` (2.3.1, §4.4): `linkKostenbildung` is now `HyperlinkErweitert` 0..n. */
export const Kosten = derived(Kosten22, (els) =>
  replacing(els, 'linkKostenbildung', many('linkKostenbildung', HyperlinkErweitert)),
);

/** `modulKosten` (2.3.1). */
export const Kostenmodul = derived(Kostenmodul22, (els) => [
  one(N.zugangskanal, Code),
  ...replacing(els, 'kosten', many('kosten', Kosten)),
]);

/** A dynamic URL parameter of the Ursprungsportal (2.3.1): `typ` (001–009, 100), `parameterName`. */
export const DynamischerParameter = complexType('DynamischerParameter', () => [
  one('typ', Code),
  text('parameterName'),
]);

/** `modulUrsprungsportal` (2.3.1): + `dynamischeParameter` 0..n after `titel`. */
export const UrsprungsportalModul = derived(UrsprungsportalModul22, (els) => [
  one(N.zugangskanal, Code),
  ...els,
  many('dynamischeParameter', DynamischerParameter),
]);

/** `Dokument` (2.3.1): `art` (was `typ`), `bezeichnung`, `beschreibung`, form reference, `angabeSignatur`. */
export const Dokument = complexType('Dokument', () => [
  one('art', Dokumenttyp),
  many('bezeichnung', StringLocalized),
  many('beschreibung', HtmlStringLocalized),
  many(N.formularReferenz, Identifikator),
  one('angabeSignatur', Code, 0),
]);

/** `dokumentEingehend` (2.3.1): Pflichtangabe (01/02), its context reasons, trigger flag, the Dokument. */
export const DokumentEingehend = complexType('DokumentEingehend', () => [
  one('pflichtangabetyp', Code, 0),
  many('pflichtangabeGrundKontextabhaengigkeit', Code),
  text('kennzeichenAusloeser', 0),
  one('dokument', Dokument),
]);

/** `modulDokument` (2.3.1, now 0..n). */
export const Dokumentmodul = complexType('Dokumentmodul', () => [
  one(N.zugangskanal, Code),
  ...modulKopf(),
  many('dokumentEingehend', DokumentEingehend),
  many('dokumentAusgehend', Dokument),
  many('beschreibungEingehend', HtmlStringLocalized),
  many('beschreibungAusgehend', HtmlStringLocalized),
  many('weiterfuehrenderLink', HyperlinkErweitert),
]);
