/**
 * Binding specs of the XZuFi 2.2.0 transfer objects besides Leistung (`spec/xzufi.md` §5) and of the
 * transfer message (§2.1). Only the verified members are modelled; everything else an object carries is
 * kept verbatim (`$unknownElements`) with an `xzufi/unknown-element` diagnostic.
 *
 * @module
 */
import { complexType, many, one, text } from '../../core/binding/index.js';
import { INFERRED_NAMES as N } from './inferred.js';
import { Code, Identifikator, Sprachversion, StringLocalized } from './specs-common.js';
import { Leistung, VerwaltungspolitischeKodierung } from './specs-leistung.js';

/** The nested `name` of an Organisationseinheit (V: `name/name`). */
export const OrganisationseinheitName = complexType('OrganisationseinheitName', () => [
  many('name', StringLocalized),
]);

/** `Anschrift` of an Organisationseinheit (V: `ort`, `verwaltungspolitischeKodierung`). */
export const Anschrift = complexType('Anschrift', () => [
  text('ort', 0),
  one('verwaltungspolitischeKodierung', VerwaltungspolitischeKodierung, 0),
]);

/** `Zustaendigkeit` inside an Organisationseinheit (V: `leistungID` 1, `gebietID` 0..n). */
export const ZustaendigkeitOrganisationseinheit = complexType('ZustaendigkeitOrganisationseinheit', () => [
  one('leistungID', Identifikator),
  many('gebietID', Identifikator),
]);

/** `Organisationseinheit` (V, §5). Kommunikation, Öffnungszeiten etc. are unknown and kept verbatim. */
export const Organisationseinheit = complexType('Organisationseinheit', () => [
  one('id', Identifikator),
  many('name', OrganisationseinheitName),
  many('anschrift', Anschrift),
  many('zustaendigkeit', ZustaendigkeitOrganisationseinheit),
]);

/** `link` of an Onlinedienst (V): `typ` (onlinedienstlinktyp), `link` (URL), `titel`. */
export const OnlinedienstLink = complexType(
  'OnlinedienstLink',
  () => [one('typ', Code, 0), text('link'), text('titel', 0)],
  { attributes: [{ name: 'languageCode' }] },
);

/** `Onlinedienst` (V, §5; `xsi:type` kept in `$unknownAttributes`). */
export const Onlinedienst = complexType('Onlinedienst', () => [
  one('id', Identifikator),
  many('bezeichnung', StringLocalized),
  many('link', OnlinedienstLink),
  one('vertrauensniveau', Code, 0),
  many('sprachversion', Sprachversion),
]);

/** The `zustaendigkeit` of a Zuständigkeit transfer object (V, §5). */
export const Zustaendigkeit = complexType('Zustaendigkeit', () => [
  one('id', Identifikator),
  one('leistungID', Identifikator),
  many('gebietID', Identifikator),
  one('rolle', Code, 0),
]);

/** `zustaendigkeitTransferObjekt` (V, §5): the owning OE or Onlinedienst and the Zuständigkeit. */
export const ZustaendigkeitTransferObjekt = complexType('ZustaendigkeitTransferObjekt', () => [
  one('uebergeordnetesObjektID', Identifikator),
  one('zustaendigkeit', Zustaendigkeit),
]);

/** `spezialisierung` (§5: structure unknown): only `id` (**inf**); all other content is kept verbatim. */
export const Spezialisierung = complexType('Spezialisierung', () => [one('id', Identifikator, 0)]);

/** `schreibe` (V): exactly one transfer object. */
export const Schreibe = complexType(
  'Schreibe',
  () => [
    one('leistung', Leistung),
    one('spezialisierung', Spezialisierung),
    one('organisationseinheit', Organisationseinheit),
    one('onlinedienst', Onlinedienst),
    one('zustaendigkeitTransferObjekt', ZustaendigkeitTransferObjekt),
  ],
  { choice: true },
);

/** `loesche` (V): `klasse` attribute and the `id` of the object to delete. */
export const Loesche = complexType('Loesche', () => [one('id', Identifikator)], {
  attributes: [{ name: 'klasse' }],
});

/** `nachrichtenkopf` (V: exactly 1; children taken from 2.1.0, **inf**; the rest kept verbatim). */
export const Nachrichtenkopf = complexType('Nachrichtenkopf', () => [
  text(N.nachrichtUUID, 0),
  text(N.erstelltDatumZeit, 0),
]);

/** The transfer message root (V attributes and children, §2.1; the root's name is unknown). */
export const Transfer = complexType(
  'Transfer',
  () => [
    one('nachrichtenkopf', Nachrichtenkopf),
    text('transaktionID', 0),
    text('transaktionPosition', 0),
    many('schreibe', Schreibe),
    many('loesche', Loesche),
  ],
  {
    attributes: [
      { name: 'produktbezeichnung' },
      { name: 'produkthersteller' },
      { name: 'produktversion' },
      { name: 'xzufiVersion' },
    ],
  },
);
