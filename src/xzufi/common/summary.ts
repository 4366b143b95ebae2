/**
 * One summary line per transfer object, for listings (`fimkit xzufi list`): what the entry does, the
 * object's kind, id, Redaktion, LeiKa keys and name.
 *
 * @module
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import { leikaKeysOf, parseLeikaKey, textOf } from './helpers.js';
import type { Identifikator, StringLocalized } from './model-common.js';
import { type StreamTransferOptions, streamTransfer, type TransferItem } from './stream.js';

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

/**
 * The summary of a streamed item, or undefined for items that are not entries.
 *
 * @example
 * ```ts
 * for await (const item of streamTransfer(chunks)) console.log(summarizeEntry(item)?.id);
 * ```
 */
export function summarizeEntry(item: TransferItem): TransferSummary | undefined {
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
      leika = leikaKeysOf(v.leistung);
      name = textOf(v.leistung, '02', { language: 'de' }) ?? textOf(v.leistung, '02');
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
 * Streams a transfer message and yields one summary per entry (filtered by LeiKa key when asked), with
 * memory independent of the file size. A problem that stops the read is passed to `onError`; the
 * problems of an entry are on its summary.
 *
 * @example
 * ```ts
 * for await (const s of summarizeTransfer(createReadStream(file), { leika: '99108012261001' })) {
 *   console.log(s.id, s.name);
 * }
 * ```
 */
export async function* summarizeTransfer(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: SummarizeTransferOptions & { readonly onError?: (d: readonly Diagnostic[]) => void } = {},
): AsyncGenerator<TransferSummary, void, undefined> {
  const wanted =
    options.leika === undefined ? undefined : (parseLeikaKey(options.leika)?.key ?? options.leika);
  for await (const item of streamTransfer(chunks, options)) {
    if (item.type === 'error') {
      options.onError?.(item.diagnostics);
      continue;
    }
    const s = summarizeEntry(item);
    if (s === undefined) continue;
    if (wanted !== undefined && !s.leika.includes(wanted)) continue;
    yield s;
  }
}
