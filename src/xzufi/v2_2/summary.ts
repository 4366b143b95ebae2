/**
 * One summary line per transfer object of an XZuFi 2.2.0 transfer message, for listings (`fimkit xzufi
 * list`). The summary itself is shared by the XZuFi versions (`../common/summary.ts`).
 *
 * @module
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import {
  type SummarizeTransferOptions,
  summarizeEntry,
  summarizeWith,
  type TransferSummary,
} from '../common/summary.js';
import { xzufi22Profile } from './profile.js';

export { type SummarizeTransferOptions, summarizeEntry, type TransferSummary };

/**
 * Streams an XZuFi 2.2.0 transfer message and yields one summary per entry (filtered by LeiKa key when
 * asked), with memory independent of the file size. A problem that stops the read is passed to
 * `onError`; the problems of an entry are on its summary.
 *
 * @example
 * ```ts
 * for await (const s of summarizeTransfer(createReadStream(file), { leika: '99108012261001' })) {
 *   console.log(s.id, s.name);
 * }
 * ```
 */
export function summarizeTransfer(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: SummarizeTransferOptions & { readonly onError?: (d: readonly Diagnostic[]) => void } = {},
): AsyncGenerator<TransferSummary, void, undefined> {
  return summarizeWith([xzufi22Profile], chunks, options);
}
