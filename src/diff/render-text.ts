/**
 * Shared wording of the renderers: one sentence per change.
 *
 * @module
 */
import type { Change, Json } from './model.js';

const MAX = 160;

/**
 * A JSON value as short display text (strings unquoted, long values clipped).
 *
 * @example
 * ```ts
 * shortValue({ code: '1' }); // '{"code":"1"}'
 * ```
 */
export function shortValue(v: Json | undefined): string {
  if (v === undefined) return '(absent)';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX ? `${one.slice(0, MAX - 1)}…` : one === '' ? '(empty)' : one;
}

/**
 * One sentence describing a change.
 *
 * @example
 * ```ts
 * describeChange(change); // 'anzahl 1:1 → 0:1 under G1 (cardinality widened)'
 * ```
 */
export function describeChange(c: Change): string {
  const under = (p: Change['to']) => (p === undefined ? '' : ` ${p.slot} of ${p.id} at ${p.index + 1}`);
  switch (c.kind) {
    case 'added':
      return c.to === undefined ? 'element added' : `added to${under(c.to)}${refProps(c.after)}`;
    case 'removed':
      return c.from === undefined ? 'element removed' : `removed from${under(c.from)}`;
    case 'moved':
      return `moved from${under(c.from)} to${under(c.to)}`;
    case 'reordered':
      return `${c.property ?? 'children'} reordered: ${shortValue(c.before)} → ${shortValue(c.after)}`;
    case 'reidentified': {
      const how =
        c.match === undefined
          ? ''
          : ` (matched by ${c.match.by}${c.match.score === undefined ? '' : `, score ${c.match.score}`})`;
      return `new identity ${shortValue(c.before)} → ${shortValue(c.after)}${how}`;
    }
    case 'valuesChanged': {
      const v = c.values;
      const parts =
        v === undefined
          ? []
          : [
              v.added.length > 0 ? `added ${v.added.join(', ')}` : '',
              v.removed.length > 0 ? `removed ${v.removed.join(', ')}` : '',
              v.renamed.length > 0
                ? `renamed ${v.renamed.map((r) => `${r.code} "${r.before}" → "${r.after}"`).join(', ')}`
                : '',
            ].filter((p) => p !== '');
      return `${c.property}: ${parts.length > 0 ? parts.join('; ') : `${shortValue(c.before)} → ${shortValue(c.after)}`}`;
    }
    default: {
      const where = c.to === undefined ? '' : ` (in ${c.to.id})`;
      return `${c.property ?? ''}${where}: ${shortValue(c.before)} → ${shortValue(c.after)}`;
    }
  }
}

function refProps(v: Json | undefined): string {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return '';
  const anzahl = (v as Record<string, Json>).anzahl;
  return typeof anzahl === 'string' ? ` (anzahl ${anzahl})` : '';
}

/**
 * The label of a change kind in reports.
 *
 * @example
 * ```ts
 * kindLabel('cardinalityWidened'); // 'cardinality widened'
 * ```
 */
export function kindLabel(kind: Change['kind']): string {
  return kind.replace(/[A-Z]/g, (m) => ` ${m.toLowerCase()}`);
}
