/**
 * zod schemas derived from {@link TypeSpec}s, so a hand-edited JSON model gets clear errors (with the
 * path of every problem) before anything is built.
 *
 * @module
 */
import { z } from 'zod';
import type { TypeSpec } from './spec.js';

const unknownElement = z.object({ index: z.number().int().nonnegative(), xml: z.string() }).strict();
const unknownAttribute = z.object({ name: z.string(), uri: z.string(), value: z.string() }).strict();

const cache = new WeakMap<TypeSpec, z.ZodType>();

/**
 * The zod schema of a type's model: strict objects (unknown keys are errors), strings for simple values,
 * arrays for repeated elements, recursion through `z.lazy`.
 *
 * @example
 * ```ts
 * const r = zodFor(Stammdatenschema).safeParse(JSON.parse(text));
 * if (!r.success) console.error(r.error.issues);
 * ```
 */
export function zodFor(type: TypeSpec): z.ZodType {
  const hit = cache.get(type);
  if (hit !== undefined) return hit;
  const lazy = z.lazy(() => build(type));
  cache.set(type, lazy);
  return lazy;
}

function build(type: TypeSpec): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const a of type.attributes) shape[a.name] = a.required ? z.string() : z.string().optional();
  if (type.simpleContent) shape.value = z.string();
  for (const e of type.elements()) {
    const item = e.type === 'text' ? z.string() : zodFor(e.type);
    if (e.max !== 1) shape[e.name] = e.min === 1 ? z.array(item).min(1) : z.array(item);
    else shape[e.name] = e.min === 1 && !type.choice ? item : item.optional();
  }
  shape.$unknownElements = z.array(unknownElement).optional();
  shape.$unknownAttributes = z.array(unknownAttribute).optional();
  const obj = z.object(shape).strict();
  if (!type.choice) return obj;
  const names = type.elements().map((e) => e.name);
  return obj.refine(
    (v) =>
      names.filter((n) => {
        // The binder fills unchosen repeated alternatives with `[]`; only a non-empty array is a choice.
        const x = (v as Record<string, unknown>)[n];
        return x !== undefined && !(Array.isArray(x) && x.length === 0);
      }).length === 1,
    {
      message: `${type.name} must have exactly one of: ${names.join(', ')}`,
    },
  );
}
