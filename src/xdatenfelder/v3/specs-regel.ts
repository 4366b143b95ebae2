/**
 * Binding specs of XDatenfelder 3.0.0 rules (`Regel` with `param`, `ziel`, `fehler`).
 *
 * @module
 */
import { complexType, many, one, text } from '../../core/binding/index.js';
import { CodeRegeltyp, ElementIdentifikation, Rechtsbezug, Stichwort } from './specs-allgemein.js';

/** `RegelParameter`: `typ` (simple type `RegelParamTyp`) with required `element` and `name` attributes. */
export const RegelParameter = complexType('RegelParameter', () => [text('typ')], {
  attributes: [
    { name: 'element', required: true },
    { name: 'name', required: true },
  ],
});

/** `RegelZiel`: empty element with required `element` and `name` attributes. */
export const RegelZiel = complexType('RegelZiel', () => [], {
  attributes: [
    { name: 'element', required: true },
    { name: 'name', required: true },
  ],
});

/** `Fehlermeldung`: message text with the required numeric `code` attribute (`xs:int`). */
export const Fehlermeldung = complexType('Fehlermeldung', () => [], {
  simpleContent: true,
  attributes: [{ name: 'code', required: true }],
});

/** `Regel`. */
export const Regel = complexType('Regel', () => [
  one('identifikation', ElementIdentifikation),
  text('name'),
  text('beschreibung', 0),
  text('freitextRegel', 0),
  many('bezug', Rechtsbezug),
  many('stichwort', Stichwort),
  text('fachlicherErsteller', 0),
  text('letzteAenderung'),
  one('typ', CodeRegeltyp),
  many('param', RegelParameter),
  many('ziel', RegelZiel),
  text('skript', 0),
  many('fehler', Fehlermeldung),
]);
