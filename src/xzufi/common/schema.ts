/**
 * The zod schema of the JSON form of an XZuFi document (`{ kind, root, model }`) for one version's
 * binding specs: shared by `v2_2/schema.ts` and `v2_3/schema.ts`.
 *
 * @module
 */
import { z } from 'zod';
import { type TypeSpec, zodFor } from '../../core/binding/index.js';

/** The object kinds of a transfer message, each with its spec. */
export interface XzufiObjectSpecs {
  readonly leistung: TypeSpec;
  readonly spezialisierung: TypeSpec;
  readonly organisationseinheit: TypeSpec;
  readonly onlinedienst: TypeSpec;
  readonly zustaendigkeitTransferObjekt: TypeSpec;
}

/**
 * Validates `{ kind, root, model }`: a transfer message (`kind: 'transfer'`, any root name) or one of the
 * single objects. Objects are strict: keys the model does not define are errors (unknown XML lives in
 * `$unknownElements` / `$unknownAttributes`).
 *
 * @example
 * ```ts
 * const documentSchema = documentSchemaFor(xzufi22Objects, Transfer);
 * ```
 */
export function documentSchemaFor(objects: XzufiObjectSpecs, transfer: TypeSpec) {
  const variant = <K extends keyof XzufiObjectSpecs>(kind: K) =>
    z.object({ kind: z.literal(kind), root: z.literal(kind), model: zodFor(objects[kind]) }).strict();
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('transfer'), root: z.string().min(1), model: zodFor(transfer) }).strict(),
    variant('leistung'),
    variant('spezialisierung'),
    variant('organisationseinheit'),
    variant('onlinedienst'),
    variant('zustaendigkeitTransferObjekt'),
  ]);
}
