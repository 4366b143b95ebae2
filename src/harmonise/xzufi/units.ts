/**
 * The text units of a Leistung (one per text module and language), the text normalisation used to
 * compare them, and the facts about who published a Leistung.
 *
 * @module
 */
import { tokenizeHtml } from '../../diff/text-diff.js';
import type { Leistung, StringLocalized, Xzufi22Document } from '../../xzufi/v2_2/index.js';
import { leikaTextmodul } from '../../xzufi/v2_2/index.js';
import type { LeistungInfo, TextUnitRef } from './model.js';

/**
 * A text unit with its content.
 *
 * @example
 * ```ts
 * const u: TextUnit = { key: '06/de', module: '06', language: 'de', label: 'Volltext', html: '<p>…</p>', text: '…' };
 * ```
 */
export interface TextUnit extends TextUnitRef {
  /** The `inhalt` as written (HTML kept). */
  readonly html: string;
  /** {@link normaliseText} of the HTML: '' means the unit is present but empty. */
  readonly text: string;
}

/**
 * The words of an HTML text joined by single spaces: markup dropped, entities decoded, whitespace of any
 * kind (line breaks, no-break spaces) collapsed. Two texts are equivalent when their normal forms are
 * equal; the word-level diff (`diffText`) sees the same words.
 *
 * @example
 * ```ts
 * normaliseText('<p>Hund\n  anmelden</p>'); // 'Hund anmelden'
 * normaliseText('<ul><li>Ausweis</li></ul>'); // 'Ausweis'
 * normaliseText('<p></p>'); // ''
 * ```
 */
export function normaliseText(html: string): string {
  const words: string[] = [];
  for (const t of tokenizeHtml(html)) if (t.type === 'word') words.push(t.text);
  return words.join(' ');
}

/**
 * The module key of a LeiKa text module code or an individual module type (`individuell:<code>`) and its
 * German label.
 *
 * @example
 * ```ts
 * moduleLabel('06'); // 'Volltext'
 * ```
 */
export function moduleLabel(module: string, name?: string): string {
  if (module.startsWith('individuell:')) return name ?? `Individuelles Textmodul ${module.slice(12)}`;
  const codes: Readonly<Record<string, string>> = leikaTextmodul.codes;
  return codes[module] ?? name ?? `Textmodul ${module}`;
}

/**
 * Compares module keys: LeiKa codes numerically, individual modules after them; then languages with `de`
 * first.
 *
 * @example
 * ```ts
 * ['16/de', '06/en', '06/de'].sort((a, b) => compareUnitKeys(a, b)); // ['06/de', '06/en', '16/de']
 * ```
 */
export function compareUnitKeys(a: string, b: string): number {
  const [ma = '', la = ''] = a.split('/');
  const [mb = '', lb = ''] = b.split('/');
  const ia = ma.startsWith('individuell:') ? 1 : 0;
  const ib = mb.startsWith('individuell:') ? 1 : 0;
  if (ia !== ib) return ia - ib;
  if (ma !== mb) return ma < mb ? -1 : 1;
  if (la === lb) return 0;
  if (la === 'de') return -1;
  if (lb === 'de') return 1;
  return la < lb ? -1 : 1;
}

/** The language of a module without any `inhalt`: the Stamm's languages for it, else `de`. */
export type LanguagesFor = (module: string) => readonly string[];

const DEFAULT_LANGUAGES: LanguagesFor = () => ['de'];

/**
 * The text units of a Leistung, keyed `<module>/<language>` (language lower-cased). A module without any
 * `inhalt` gives one empty unit per language of `languagesFor(module)` (default `de`). When a module
 * occurs twice, the first filled text wins.
 *
 * @example
 * ```ts
 * textUnitsOf(leistung).get('06/de')?.text;
 * ```
 */
export function textUnitsOf(
  leistung: Leistung,
  languagesFor: LanguagesFor = DEFAULT_LANGUAGES,
): Map<string, TextUnit> {
  const units = new Map<string, TextUnit>();
  for (const m of leistung.modulText) {
    const code = m.leikaTextmodul.code.trim();
    addModule(units, languagesFor, code, moduleLabel(code, m.leikaTextmodul.name), m.inhalt);
  }
  for (const m of leistung.modulTextIndividuell) {
    const module = `individuell:${m.individuellesTextmodultyp.code.trim()}`;
    addModule(units, languagesFor, module, moduleLabel(module, m.individuellesTextmodultyp.name), m.inhalt);
  }
  return units;
}

/** Adds the units of one module: one per `inhalt`, or empty ones in `languagesFor(module)` without any. */
function addModule(
  units: Map<string, TextUnit>,
  languagesFor: LanguagesFor,
  module: string,
  label: string,
  inhalt: readonly StringLocalized[],
): void {
  if (inhalt.length === 0) {
    const languages = languagesFor(module);
    for (const language of languages.length === 0 ? ['de'] : languages)
      putUnit(units, module, label, language, '');
    return;
  }
  for (const i of inhalt) putUnit(units, module, label, (i.languageCode ?? '').trim().toLowerCase(), i.value);
}

/** Stores a unit unless a filled one with the same key is there already. */
function putUnit(
  units: Map<string, TextUnit>,
  module: string,
  label: string,
  language: string,
  html: string,
): void {
  const key = `${module}/${language}`;
  const old = units.get(key);
  if (old !== undefined && old.text !== '') return;
  units.set(key, { key, module, language, label, html, text: normaliseText(html) });
}

/**
 * The Leistungen of a document: the Leistung itself, or every `schreibe/leistung` of a transfer message;
 * none for other objects.
 *
 * @example
 * ```ts
 * leistungenOf(parse(bytes).value!).length;
 * ```
 */
export function leistungenOf(document: Xzufi22Document): Leistung[] {
  if (document.kind === 'leistung') return [document.model];
  if (document.kind !== 'transfer') return [];
  const out: Leistung[] = [];
  for (const s of document.model.schreibe) if (s.leistung !== undefined) out.push(s.leistung);
  return out;
}

/**
 * Who published a Leistung and what it is called (text module 02, first language).
 *
 * @example
 * ```ts
 * leistungInfo(leistung, 'stammtext.xml').redaktion; // 'B100019'
 * ```
 */
export function leistungInfo(leistung: Leistung, source: string): LeistungInfo {
  const id = leistung.id as Leistung['id'] | undefined;
  const name = leistung.modulText.find((m) => m.leikaTextmodul.code.trim() === '02')?.inhalt[0]?.value;
  const herausgeber = leistung.herausgeber?.bezeichnung[0]?.value;
  const redaktionName = id?.schemeAgencyName ?? herausgeber;
  return {
    source,
    id: id?.value.trim() ?? '',
    ...(id?.schemeAgencyID === undefined ? {} : { redaktion: id.schemeAgencyID }),
    ...(redaktionName === undefined ? {} : { redaktionName }),
    leikaKeys: leistung.referenzLeiKa.map((c) => c.code.trim()),
    bezeichnung: name === undefined ? '' : normaliseText(name),
  };
}
