/**
 * Label normalisation and element signatures: the basis of equivalence (clusters) and similarity
 * (near-duplicates).
 *
 * @module
 */
import type { ElementView } from './elements.js';

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  str: 'strasse',
  nr: 'nummer',
  hausnr: 'hausnummer',
  tel: 'telefon',
  telefonnr: 'telefonnummer',
  geb: 'geburt',
  plz: 'postleitzahl',
  ort: 'ort',
  vorn: 'vorname',
  bez: 'bezeichnung',
  ggf: '',
  bzw: '',
  email: 'email',
  mail: 'email',
};

const STOPWORDS: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'ein',
  'eine',
  'eines',
  'einer',
  'und',
  'oder',
  'bei',
  'von',
  'vom',
  'zu',
  'zur',
  'zum',
  'im',
  'in',
  'am',
  'an',
  'fuer',
  'mit',
  'auf',
  'aus',
  'ist',
  'sind',
  'ggf',
]);

/**
 * Normalises a label: lower case, umlauts spelt out (ä → ae, ß → ss), punctuation removed, spaces
 * collapsed.
 *
 * @example
 * ```ts
 * normaliseLabel('Straße / Hausnr.'); // 'strasse hausnr'
 * ```
 */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The label's tokens after normalisation: abbreviations expanded (`Str.` → `strasse`), stop words
 * dropped, compounds ending in `strasse`/`nummer` split; sorted and unique (robust to word order).
 *
 * @example
 * ```ts
 * labelTokens('Hausnr. der Str.'); // ['hausnummer', 'strasse']
 * ```
 */
export function labelTokens(label: string): string[] {
  const out = new Set<string>();
  for (const raw of normaliseLabel(label).split(' ')) {
    if (raw === '') continue;
    const t = ABBREVIATIONS[raw] ?? raw;
    if (t === '' || STOPWORDS.has(t)) continue;
    out.add(t);
  }
  return [...out].sort();
}

/**
 * The equivalence signature of a field (label, datentyp, feldart, praezisierung, code list without
 * version or sorted Werteliste codes) or of a group (label, art and the multiset of its children's
 * signatures with cardinalities). `childSignature` resolves a child key to its signature.
 *
 * @example
 * ```ts
 * signatureOf(a, sig) === signatureOf(b, sig); // equivalent
 * ```
 */
export function signatureOf(view: ElementView, childSignature: (key: string) => string = (k) => k): string {
  const label = labelTokens(view.bezeichnungEingabe).join(' ');
  if (view.kind === 'datenfeld') {
    const p = view.praezisierung;
    const list = view.codeliste ?? (view.werte === undefined ? '' : [...view.werte].sort().join(','));
    return [
      'F',
      label,
      view.datentyp ?? '',
      view.feldart ?? '',
      p.minLength ?? '',
      p.maxLength ?? '',
      p.minValue ?? '',
      p.maxValue ?? '',
      p.pattern ?? '',
      list,
    ].join('|');
  }
  const children = view.children.map((c) => `${c.anzahl}*${childSignature(c.key)}`).sort();
  return ['G', label, view.feldart ?? '', children.join(';')].join('|');
}

/**
 * A fast 53-bit string hash (cyrb53), for compact signature keys.
 *
 * @example
 * ```ts
 * hashString('F|name|text'); // a number
 * ```
 */
export function hashString(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
