/**
 * One summary line per transfer object, for listings (`fimkit xzufi list`): what the entry does, the
 * object's kind, id, Redaktion, LeiKa keys and name. Works for every XZuFi version fimkit reads (the
 * fields it looks at are the same in 2.2.0 and 2.3.1, except the LeiKa reference).
 *
 * @module
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import { parseLeikaKey, textOf } from '../v2_2/helpers.js';
import type { Leistung } from '../v2_2/model.js';
import type { Identifikator, StringLocalized, XzufiCode } from '../v2_2/model-common.js';
import type { XzufiProfile } from './profile.js';
import { type StreamTransferOptions, streamWith, type TransferItemOf } from './stream.js';

/** A summary of one `schreibe` or `loesche` entry. */
export interface TransferSummary {
  /** `schreibe` (create/update) or `loesche` (delete). */
  readonly operation: 'schreibe' | 'loesche';
  /** The object kind (`leistung`, …) for `schreibe`, the `klasse` attribute for `loesche`. */
  readonly kind: string | undefined;
  /** The object's id value (for a Zuständigkeit: the Zuständigkeit's id). */
  readonly id: string | undefined;
  /** The id's `schemeAgencyID` (Redaktion). */
  readonly schemeAgencyID: string | undefined;
  /** LeiKa keys (Leistungen only). */
  readonly leika: readonly string[];
  /** Name: Leistungsbezeichnung (code 02) or the German name/bezeichnung, when there is one. */
  readonly name: string | undefined;
  /** Line and column of the entry. */
  readonly line: number;
  readonly column: number;
  /** Problems of the entry. */
  readonly diagnostics: readonly Diagnostic[];
}

const german = (names: readonly StringLocalized[]): string | undefined =>
  (names.find((n) => n.languageCode?.toLowerCase().startsWith('de')) ?? names[0])?.value;

/** The fields of a Leistung a summary reads, in 2.2.0 or 2.3.1. */
interface AnyLeistung {
  readonly id: Identifikator;
  readonly modulText: Leistung['modulText'];
  readonly referenzLeiKa?: readonly XzufiCode[];
  readonly referenzLeistungsschluessel?: readonly Identifikator[];
}

/** The entries a summary reads: the object members of `schreibe`, `id` and `klasse` of `loesche`. */
type AnySchreibe = {
  readonly leistung?: AnyLeistung;
  readonly organisationseinheit?: {
    readonly id: Identifikator;
    readonly name: readonly { readonly name: readonly StringLocalized[] }[];
  };
  readonly onlinedienst?: { readonly id: Identifikator; readonly bezeichnung: readonly StringLocalized[] };
  readonly zustaendigkeitTransferObjekt?: { readonly zustaendigkeit?: { readonly id: Identifikator } };
  readonly spezialisierung?: { readonly id?: Identifikator };
};

/** A streamed item of any version. */
export type AnyTransferItem = TransferItemOf<
  AnySchreibe,
  { readonly id: Identifikator; readonly klasse?: string }
>;

/** The LeiKa keys of a Leistung: 2.2.0 `referenzLeiKa` codes, 2.3.1 `referenzLeistungsschluessel` ids. */
function leikaKeys(l: AnyLeistung): string[] {
  if (l.referenzLeiKa !== undefined) return l.referenzLeiKa.map((c) => c.code.trim());
  return (l.referenzLeistungsschluessel ?? []).map((i) => parseLeikaKey(i.value)?.key ?? i.value.trim());
}

/**
 * The summary of a streamed item, or undefined for items that are not entries.
 *
 * @example
 * ```ts
 * for await (const item of streamTransfer(chunks)) console.log(summarizeEntry(item)?.id);
 * ```
 */
export function summarizeEntry(item: AnyTransferItem): TransferSummary | undefined {
  let id: Identifikator | undefined;
  let leika: string[] = [];
  let name: string | undefined;
  let kind: string | undefined;
  if (item.type === 'loesche') {
    id = item.value.id;
    kind = item.value.klasse;
  } else if (item.type === 'schreibe') {
    kind = item.kind;
    const v = item.value;
    if (v.leistung !== undefined) {
      id = v.leistung.id;
      leika = leikaKeys(v.leistung);
      const l = v.leistung as Leistung;
      name = textOf(l, '02', { language: 'de' }) ?? textOf(l, '02');
    } else if (v.organisationseinheit !== undefined) {
      id = v.organisationseinheit.id;
      name = german(v.organisationseinheit.name.flatMap((n) => n.name));
    } else if (v.onlinedienst !== undefined) {
      id = v.onlinedienst.id;
      name = german(v.onlinedienst.bezeichnung);
    } else if (v.zustaendigkeitTransferObjekt !== undefined) {
      id = v.zustaendigkeitTransferObjekt.zustaendigkeit?.id;
    } else if (v.spezialisierung !== undefined) {
      id = v.spezialisierung.id;
    }
  } else return undefined;
  return {
    operation: item.type,
    kind,
    id: id?.value,
    schemeAgencyID: id?.schemeAgencyID,
    leika,
    name,
    line: item.line,
    column: item.column,
    diagnostics: item.diagnostics,
  };
}

/** Options of {@link summarizeTransfer}. */
export interface SummarizeTransferOptions extends StreamTransferOptions {
  /** Only Leistungen referencing this LeiKa key (14 digits or URN). */
  readonly leika?: string;
}

/**
 * Streams a transfer message of one of `profiles`' versions and yields one summary per entry (filtered by LeiKa key when asked), with
 * memory independent of the file size. A problem that stops the read is passed to `onError`; the
 * problems of an entry are on its summary.
 *
 * @example
 * ```ts
 * for await (const s of summarizeWith([xzufi22Profile], createReadStream(file), { leika: '99108012261001' })) {
 *   console.log(s.id, s.name);
 * }
 * ```
 */
export async function* summarizeWith(
  profiles: readonly XzufiProfile[],
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: SummarizeTransferOptions & { readonly onError?: (d: readonly Diagnostic[]) => void } = {},
): AsyncGenerator<TransferSummary, void, undefined> {
  const wanted =
    options.leika === undefined ? undefined : (parseLeikaKey(options.leika)?.key ?? options.leika);
  for await (const item of streamWith(profiles, chunks, options)) {
    if (item.type === 'error') {
      options.onError?.(item.diagnostics);
      continue;
    }
    const s = summarizeEntry(item as AnyTransferItem);
    if (s === undefined) continue;
    if (wanted !== undefined && !s.leika.includes(wanted)) continue;
    yield s;
  }
}
