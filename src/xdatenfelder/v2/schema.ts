/**
 * zod schemas for XDatenfelder 2.0 documents as JSON (`{ message, model }`), derived from the binding
 * specs, so a hand-edited model gets every problem with its path before it is built.
 *
 * @module
 */
import { z } from 'zod';
import { zodFor } from '../../core/binding/index.js';
import type { Xdf2Document } from './model.js';
import {
  Codeliste0105,
  Datenfeld0104,
  Datenfeldgruppe0103,
  Dokumentsteckbrief0101,
  Stammdatenschema0102,
} from './specs.js';

const variant = (spec: typeof Stammdatenschema0102) =>
  z.object({ message: z.literal(spec.root), model: zodFor(spec.type) }).strict();

/**
 * The zod schema of an {@link Xdf2Document}: a strict `{ message, model }` object, discriminated by
 * `message`; every model object is strict (unknown keys are errors).
 *
 * @example
 * ```ts
 * const r = documentSchema.safeParse(JSON.parse(text));
 * if (r.success) console.log(build(r.data));
 * else for (const issue of r.error.issues) console.error(issue.path.join('.'), issue.message);
 * ```
 */
export const documentSchema: z.ZodType<Xdf2Document> = z.discriminatedUnion('message', [
  variant(Dokumentsteckbrief0101),
  variant(Stammdatenschema0102),
  variant(Datenfeldgruppe0103),
  variant(Datenfeld0104),
  variant(Codeliste0105),
]) as unknown as z.ZodType<Xdf2Document>;
