/**
 * The versioned JSON diff format: assembling a {@link Diff} with its summary, and reading one back
 * (checked with zod) for `patch`.
 *
 * @module
 */
import { z } from 'zod';
import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import { filterLevel } from './engine.js';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  DIFF_FORMAT_VERSION,
  type Diff,
  type DiffSide,
  type DiffSummary,
  type Level,
} from './model.js';

/**
 * Counts changes by kind and element type, and elements added, removed and changed.
 *
 * @example
 * ```ts
 * summarize(changes).byKind.added; // 2
 * ```
 */
export function summarize(changes: readonly Change[]): DiffSummary {
  const byKind: Partial<Record<ChangeKind, number>> = {};
  const byElementType: Record<string, number> = {};
  const changed = new Set<string>();
  let added = 0;
  let removed = 0;
  for (const c of changes) {
    byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
    byElementType[c.elementType] = (byElementType[c.elementType] ?? 0) + 1;
    const nodeLevel = c.from === undefined && c.to === undefined;
    if (nodeLevel && c.kind === 'added') added++;
    else if (nodeLevel && c.kind === 'removed') removed++;
    else if (nodeLevel && c.kind !== 'reordered') changed.add(c.key);
  }
  return {
    total: changes.length,
    byKind,
    byElementType,
    elements: { added, removed, changed: changed.size },
  };
}

/**
 * Assembles a diff document from complete (level 0) changes, filtered at `level`.
 *
 * @example
 * ```ts
 * const d = makeDiff(changes, 2, left, right);
 * ```
 */
export function makeDiff(changes: readonly Change[], level: Level, left: DiffSide, right: DiffSide): Diff {
  const kept = filterLevel(changes, level);
  return {
    format: 'fimkit-diff',
    formatVersion: DIFF_FORMAT_VERSION,
    level,
    left,
    right,
    changes: kept,
    summary: summarize(kept),
  };
}

const json: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]),
);
const place = z.object({
  key: z.string(),
  id: z.string(),
  slot: z.string(),
  index: z.number().int().nonnegative(),
});
const level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
const change = z.object({
  kind: z.enum(CHANGE_KINDS),
  elementType: z.string(),
  key: z.string(),
  previousKey: z.string().optional(),
  id: z.string(),
  version: z.string().optional(),
  path: z.string(),
  level,
  property: z.string().optional(),
  before: json.optional(),
  after: json.optional(),
  from: place.optional(),
  to: place.optional(),
  match: z
    .object({
      by: z.enum(['root', 'id', 'version', 'derivation', 'similarity']),
      score: z.number().optional(),
    })
    .optional(),
  values: z
    .object({
      added: z.array(z.string()),
      removed: z.array(z.string()),
      renamed: z.array(z.object({ code: z.string(), before: z.string(), after: z.string() })),
    })
    .optional(),
});
const side = z.object({
  standard: z.string(),
  version: z.string(),
  message: z.string(),
  id: z.string(),
  elementVersion: z.string().optional(),
  source: z.string().optional(),
});
const diffSchema = z.object({
  format: z.literal('fimkit-diff'),
  formatVersion: z.literal(DIFF_FORMAT_VERSION),
  level,
  left: side,
  right: side,
  changes: z.array(change),
  summary: z.unknown(),
});

/**
 * Reads a diff from JSON text, checking it against the format. Problems are `diff/invalid-json` and
 * `diff/invalid-format` errors (the value is undefined then).
 *
 * @example
 * ```ts
 * const { value, diagnostics } = readDiff(await readFile('changes.json', 'utf8'));
 * ```
 */
export function readDiff(text: string): Result<Diff> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      value: undefined,
      diagnostics: [diagnostic('error', 'diff/invalid-json', (error as Error).message, 'diff')],
    };
  }
  const parsed = diffSchema.safeParse(data);
  if (!parsed.success) {
    const diagnostics: Diagnostic[] = parsed.error.issues.map((i) =>
      diagnostic('error', 'diff/invalid-format', `${i.path.join('.')}: ${i.message}`, 'diff', {
        path: i.path.join('.'),
      }),
    );
    return { value: undefined, diagnostics };
  }
  return { value: parsed.data as Diff, diagnostics: [] };
}
