/**
 * Streaming reader for XZuFi 2.2.0 transfer messages: an async iterator that reads the document in
 * chunks and yields one typed `schreibe` or `loesche` entry at a time, so memory stays bounded by the
 * largest entry, not the file. The reader itself is shared by the XZuFi versions (`../common/stream.ts`).
 *
 * @module
 */
import {
  type StreamTransferOptions,
  streamWith,
  type TransferElementItem,
  type TransferErrorItem,
  type TransferItemOf,
  type TransferLoescheItemOf,
  type TransferRootItem,
  type TransferSchreibeItemOf,
} from '../common/stream.js';
import type { Loesche, Schreibe, XzufiObjectKind } from './model.js';
import { xzufi22Profile } from './profile.js';

export type { StreamTransferOptions, TransferElementItem, TransferErrorItem, TransferRootItem };

/** A `schreibe` entry with its transfer object. `kind` is the object's element name. */
export type TransferSchreibeItem = TransferSchreibeItemOf<Schreibe, XzufiObjectKind>;

/** A `loesche` entry. */
export type TransferLoescheItem = TransferLoescheItemOf<Loesche>;

/** What {@link streamTransfer} yields, in document order. */
export type TransferItem = TransferItemOf<Schreibe, Loesche, XzufiObjectKind>;

/**
 * Reads an XZuFi 2.2.0 transfer message chunk by chunk and yields its root, then each child of the root
 * in document order: `schreibe` and `loesche` entries typed, other children verbatim. Memory is bounded by
 * the largest entry plus one chunk. Never throws on content: problems are diagnostics on the item they
 * belong to; a problem that stops the read (another XZuFi version among them) is a final `error` item.
 *
 * @example
 * ```ts
 * for await (const item of streamTransfer(createReadStream('pvog.xml'))) {
 *   if (item.type === 'schreibe' && item.kind === 'leistung') console.log(item.value.leistung?.id.value);
 * }
 * ```
 */
export function streamTransfer(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: StreamTransferOptions = {},
): AsyncGenerator<TransferItem, void, undefined> {
  return streamWith([xzufi22Profile], chunks, options) as AsyncGenerator<TransferItem, void, undefined>;
}
