/**
 * Helpers users ask for: a text module by code and language (HTML or plain text), the LeiKa key and its
 * parts, the struktur variant, all Zuständigkeiten of an Organisationseinheit, Leistungen by LeiKa key.
 *
 * @module
 */
import type {
  Leistung,
  Leistungsstruktur,
  Organisationseinheit,
  ZustaendigkeitTransferObjekt,
} from './model.js';
import type { Identifikator, StringLocalized } from './model-common.js';
import type { Textmodul } from './model-module.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * The `inhalt` of `modul` in `language`: an exact `languageCode` match first, then a primary-language
 * match (`de` finds `de-DE` and the reverse), else undefined. Without a language, the first `inhalt`.
 *
 * @example
 * ```ts
 * inhaltIn(modul, 'en')?.value;
 * ```
 */
export function inhaltIn(
  modul: { readonly inhalt: readonly StringLocalized[] },
  language?: string,
): StringLocalized | undefined {
  if (language === undefined) return modul.inhalt[0];
  const lang = language.toLowerCase();
  const primary = lang.split('-')[0];
  return (
    modul.inhalt.find((i) => i.languageCode?.toLowerCase() === lang) ??
    modul.inhalt.find((i) => i.languageCode?.toLowerCase().split('-')[0] === primary)
  );
}

/**
 * The text module `code` (LeiKa Textmodul, e.g. `'06'` Volltext) of a Leistung (2.2.0 or 2.3.1).
 *
 * @example
 * ```ts
 * textmodulOf(leistung, '02')?.inhalt.length;
 * ```
 */
export function textmodulOf(leistung: Pick<Leistung, 'modulText'>, code: string): Textmodul | undefined {
  return leistung.modulText.find((m) => m.leikaTextmodul.code === code);
}

/** Options of {@link textOf}. */
export interface TextOfOptions {
  /** Language (`de`, `en`, `de-DE`); default: the first `inhalt`. */
  readonly language?: string;
  /** `'html'` (default) returns the content verbatim; `'text'` strips the markup. */
  readonly format?: 'html' | 'text';
}

/**
 * The content of text module `code` of a Leistung in a language, as HTML (verbatim) or plain text.
 *
 * @example
 * ```ts
 * textOf(leistung, '06', { language: 'en', format: 'text' }); // 'You can apply ...'
 * ```
 */
export function textOf(
  leistung: Pick<Leistung, 'modulText'>,
  code: string,
  options: TextOfOptions = {},
): string | undefined {
  const modul = textmodulOf(leistung, code);
  if (modul === undefined) return undefined;
  const inhalt = inhaltIn(modul, options.language);
  if (inhalt === undefined) return undefined;
  return options.format === 'text' ? htmlToText(inhalt.value) : inhalt.value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Plain text of an HTML fragment: block ends and `<br>` become line breaks, list items get `- `, tags
 * are dropped, entities decoded, runs of spaces collapsed.
 *
 * @example
 * ```ts
 * htmlToText('<p>Antrag <b>online</b></p><ul><li>Ausweis</li></ul>'); // 'Antrag online\n- Ausweis'
 * ```
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|li|tr|table)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(n) ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** A LeiKa Leistungsschlüssel split into its parts (`spec/xzufi.md` §6). */
export interface LeikaKey {
  /** The 14 digits. */
  readonly key: string;
  /** The first two digits (`99` for keys of the Bundesredaktion). */
  readonly praefix: string;
  /** Leistungsgruppierung (3 digits). */
  readonly leistungsgruppierung: string;
  /** Leistungsobjekt number (3 digits). */
  readonly leistungsobjekt: string;
  /** Verrichtung (3 digits, `000` = none). */
  readonly verrichtung: string;
  /** Verrichtungsdetail (3 digits, `000` = none). */
  readonly verrichtungsdetail: string;
  /** Key of the Leistungsobjekt: first 8 digits + `000000`. */
  readonly leistungsobjektKey: string;
  /** Key of the Leistungsobjekt mit Verrichtung: first 11 digits + `000`. */
  readonly leistungsobjektMitVerrichtungKey: string;
  /** `lo`, `lov` or `lovd`, from which parts are set. */
  readonly leistungstyp: 'lo' | 'lov' | 'lovd';
}

/**
 * Splits a LeiKa key (14 digits; also accepts the URN `urn:de:fim:leika:leistung:<key>`), or undefined
 * when it is not 14 digits. Keys not starting with `99` are accepted (regional keys).
 *
 * @example
 * ```ts
 * parseLeikaKey('99006028261000')?.verrichtung; // '261'
 * ```
 */
export function parseLeikaKey(input: string): LeikaKey | undefined {
  const key = input.trim().replace(/^urn:de:fim:leika:leistung:/, '');
  if (!/^\d{14}$/.test(key)) return undefined;
  const verrichtung = key.slice(8, 11);
  const verrichtungsdetail = key.slice(11, 14);
  return {
    key,
    praefix: key.slice(0, 2),
    leistungsgruppierung: key.slice(2, 5),
    leistungsobjekt: key.slice(5, 8),
    verrichtung,
    verrichtungsdetail,
    leistungsobjektKey: `${key.slice(0, 8)}000000`,
    leistungsobjektMitVerrichtungKey: `${key.slice(0, 11)}000`,
    leistungstyp: verrichtungsdetail !== '000' ? 'lovd' : verrichtung !== '000' ? 'lov' : 'lo',
  };
}

/**
 * The LeiKa keys a Leistung references (`referenzLeiKa` codes), in document order.
 *
 * @example
 * ```ts
 * leikaKeysOf(leistung); // ['99006028261000']
 * ```
 */
export function leikaKeysOf(leistung: Leistung): string[] {
  return leistung.referenzLeiKa.map((c) => c.code.trim());
}

/**
 * The Leistungen that reference LeiKa key `key` (as 14 digits or URN).
 *
 * @example
 * ```ts
 * leistungenByLeikaKey(alle, '99006028261000').length;
 * ```
 */
export function leistungenByLeikaKey(leistungen: Iterable<Leistung>, key: string): Leistung[] {
  const wanted = parseLeikaKey(key)?.key ?? key.trim();
  const found: Leistung[] = [];
  for (const l of leistungen) if (leikaKeysOf(l).includes(wanted)) found.push(l);
  return found;
}

/**
 * The struktur variant: the local name of `xsi:type` (`LeistungsstrukturObjekt`,
 * `LeistungsstrukturObjektMitVerrichtung`, `LeistungsstrukturObjektMitVerrichtungUndDetail`), or
 * undefined when `xsi:type` is missing.
 *
 * @example
 * ```ts
 * strukturVariante(leistung.struktur!); // 'LeistungsstrukturObjektMitVerrichtung'
 * ```
 */
export function strukturVariante(struktur: Leistungsstruktur): string | undefined {
  const t = struktur.$unknownAttributes?.find((a) => a.uri === XSI && a.name.endsWith('type'));
  if (t === undefined) return undefined;
  const v = t.value.trim();
  return v.slice(v.indexOf(':') + 1);
}

/**
 * True when two identifiers denote the same object: same value and same `schemeAgencyID` (ids are unique
 * only per Redaktion).
 *
 * @example
 * ```ts
 * sameId({ value: '1', schemeAgencyID: 'L100042' }, { value: '1', schemeAgencyID: 'L100042' }); // true
 * ```
 */
export function sameId(a: Identifikator, b: Identifikator): boolean {
  return a.value.trim() === b.value.trim() && (a.schemeAgencyID ?? '') === (b.schemeAgencyID ?? '');
}

/** One Zuständigkeit of an Organisationseinheit, wherever it was written. */
export interface OeZustaendigkeit {
  /** The Leistung the OE is responsible for. */
  readonly leistungID: Identifikator;
  /** The areas (Amtliche Regionalschlüssel). */
  readonly gebietID: readonly Identifikator[];
  /** `organisationseinheit` (inside the OE) or `transferObjekt` (a `zustaendigkeitTransferObjekt`). */
  readonly quelle: 'organisationseinheit' | 'transferObjekt';
  /** The Zuständigkeit's own id (transfer objects only). */
  readonly id?: Identifikator;
}

/**
 * All Zuständigkeiten of an Organisationseinheit: those inside it and those of the transfer objects whose
 * `uebergeordnetesObjektID` is the OE's id (compared with {@link sameId}).
 *
 * @example
 * ```ts
 * zustaendigkeitenOf(oe, transferObjekte).map((z) => z.leistungID.value);
 * ```
 */
export function zustaendigkeitenOf(
  oe: Organisationseinheit,
  transferObjekte: Iterable<ZustaendigkeitTransferObjekt> = [],
): OeZustaendigkeit[] {
  const result: OeZustaendigkeit[] = oe.zustaendigkeit.map((z) => ({
    leistungID: z.leistungID,
    gebietID: z.gebietID,
    quelle: 'organisationseinheit',
  }));
  for (const t of transferObjekte) {
    if (!sameId(t.uebergeordnetesObjektID, oe.id)) continue;
    result.push({
      leistungID: t.zustaendigkeit.leistungID,
      gebietID: t.zustaendigkeit.gebietID,
      quelle: 'transferObjekt',
      id: t.zustaendigkeit.id,
    });
  }
  return result;
}
