/**
 * Classifying one text unit (module + language) of a variant against the Stamm: taken over,
 * rephrased, extended, replaced, missing, left empty or added, from the word-level diff.
 *
 * @module
 */
import { diffText, type TextDiffOp } from '../../diff/text-diff.js';
import { htmlToText } from '../../xzufi/v2_2/index.js';
import type { TextClassification, TextUnitRef } from './model.js';
import type { TextUnit } from './units.js';

/**
 * Least word similarity (Dice coefficient on the word-level LCS) for a changed text to count as
 * rephrased rather than replaced.
 *
 * @example
 * ```ts
 * REPHRASED_MIN_SIMILARITY; // 0.5
 * ```
 */
export const REPHRASED_MIN_SIMILARITY = 0.5;

const countWords = (text: string): number => (text === '' ? 0 : text.split(' ').length);

/** Word runs of a diff (tags dropped, adjacent runs of the same op merged). */
function wordOps(ops: readonly TextDiffOp[]): TextDiffOp[] {
  const out: TextDiffOp[] = [];
  for (const o of ops) {
    if (o.type !== 'word') continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.op === o.op)
      out[out.length - 1] = { ...last, text: `${last.text} ${o.text}` };
    else out.push(o);
  }
  return out;
}

const ref = (u: TextUnitRef): TextUnitRef => ({
  key: u.key,
  module: u.module,
  language: u.language,
  label: u.label,
});

const plain = (html: string): string => htmlToText(html).replace(/\n/g, ' / ');

/**
 * Classifies one text unit; undefined when neither side has anything to report (the Stamm does not fill
 * it and the variant does not have it). Rules, in order:
 * - variant lacks it: `missing`;
 * - variant has it without words: `empty` (`unchanged` when the Stamm's is empty too);
 * - the Stamm does not fill it: `added`;
 * - same words: `unchanged` (`markupChanged` when the HTML differs);
 * - no Stamm word removed: `extended`;
 * - similarity >= {@link REPHRASED_MIN_SIMILARITY}: `rephrased`, else `replaced`.
 *
 * @example
 * ```ts
 * classifyText(stammUnits.get('06/de'), localUnits.get('06/de'))?.status; // 'extended'
 * ```
 */
export function classifyText(
  stamm: TextUnit | undefined,
  local: TextUnit | undefined,
): TextClassification | undefined {
  const unit = local ?? stamm;
  if (unit === undefined) return undefined;
  const stammFilled = stamm !== undefined && stamm.text !== '';
  if (local === undefined) return stammFilled ? { ...ref(unit), status: 'missing' } : undefined;
  if (local.text === '') return { ...ref(unit), status: stammFilled ? 'empty' : 'unchanged' };
  if (!stammFilled || stamm === undefined) return { ...ref(unit), status: 'added', text: plain(local.html) };
  if (stamm.text === local.text) {
    const markup = stamm.html !== local.html && diffText(stamm.html, local.html).kind !== 'none';
    return markup
      ? { ...ref(unit), status: 'unchanged', markupChanged: true }
      : { ...ref(unit), status: 'unchanged' };
  }
  const d = diffText(stamm.html, local.html);
  const stammWords = countWords(stamm.text);
  const localWords = countWords(local.text);
  const common = Math.max(0, stammWords - d.wordsRemoved);
  const similarity = Math.round(((2 * common) / (stammWords + localWords)) * 1000) / 1000;
  const counts = { similarity, wordsAdded: d.wordsAdded, wordsRemoved: d.wordsRemoved };
  if (d.wordsRemoved === 0 && d.wordsAdded > 0)
    return { ...ref(unit), status: 'extended', ...counts, diff: wordOps(d.ops), text: plain(local.html) };
  if (similarity >= REPHRASED_MIN_SIMILARITY)
    return { ...ref(unit), status: 'rephrased', ...counts, diff: wordOps(d.ops), text: plain(local.html) };
  return { ...ref(unit), status: 'replaced', ...counts, text: plain(local.html) };
}
