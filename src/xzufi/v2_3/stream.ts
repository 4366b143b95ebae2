/**
 * Streaming reader and listing for XZuFi 2.3.1 transfer messages: the shared reader
 * (`../common/stream.ts`) with the 2.3.1 profile, typed with the 2.3.1 model.
 *
 * @module
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import {
  type StreamTransferOptions,
  streamWith,
  type TransferItemOf,
  type TransferLoescheItemOf,
  type TransferSchreibeItemOf,
} from '../common/stream.js';
import { type SummarizeTransferOptions, summarizeWith, type TransferSummary } from '../common/summary.js';
import { xzufi23Profile } from './messages.js';
import type { Loesche, Schreibe, Xzufi23ObjectKind } from './model.js';

/** A 2.3.1 `schreibe` entry with its transfer object. */
export type Transfer23SchreibeItem = TransferSchreibeItemOf<Schreibe, Xzufi23ObjectKind>;

/** A 2.3.1 `loesche` entry. */
export type Transfer23LoescheItem = TransferLoescheItemOf<Loesche>;

/** What {@link streamTransfer} yields, in document order. */
export type Transfer23Item = TransferItemOf<Schreibe, Loesche, Xzufi23ObjectKind>;

/**
 * Reads an XZuFi 2.3.1 transfer message chunk by chunk and yields its root, then each child of the root
 * in document order (`schreibe` and `loesche` typed, other children verbatim), with memory bounded by the
 * largest entry plus one chunk. Another version is a final `error` item naming the module that reads it.
 *
 * @example
 * ```ts
 * for await (const item of streamTransfer(createReadStream('transfer-2_3_1.xml'))) {
 *   if (item.type === 'schreibe') console.log(item.value.leistung?.referenzLeistungsschluessel);
 * }
 * ```
 */
export function streamTransfer(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: StreamTransferOptions = {},
): AsyncGenerator<Transfer23Item, void, undefined> {
  return streamWith([xzufi23Profile], chunks, options) as AsyncGenerator<Transfer23Item, void, undefined>;
}

/**
 * One summary per entry of an XZuFi 2.3.1 transfer message (LeiKa keys from
 * `referenzLeistungsschluessel`), streamed, optionally filtered by LeiKa key.
 *
 * @example
 * ```ts
 * for await (const s of summarizeTransfer(createReadStream(file))) console.log(s.id, s.leika);
 * ```
 */
export function summarizeTransfer(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: SummarizeTransferOptions & { readonly onError?: (d: readonly Diagnostic[]) => void } = {},
): AsyncGenerator<TransferSummary, void, undefined> {
  return summarizeWith([xzufi23Profile], chunks, options);
}
