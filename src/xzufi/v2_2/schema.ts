/**
 * The zod schema of the JSON form of an XZuFi 2.2.0 document (`{ kind, root, model }`), derived from the
 * binding specs, for `fimkit build` and other JSON input.
 *
 * @module
 */
import { documentSchemaFor } from '../common/schema.js';
import { xzufi22Objects } from './messages.js';
import { Transfer } from './specs-objekte.js';

/**
 * Validates `{ kind, root, model }`: a transfer message (`kind: 'transfer'`, any root name) or one of the
 * single objects. Objects are strict: keys the model does not define are errors (unknown XML lives in
 * `$unknownElements` / `$unknownAttributes`).
 *
 * @example
 * ```ts
 * const r = documentSchema.safeParse(JSON.parse(readFileSync('leistung.json', 'utf8')));
 * if (r.success) writeFileSync('leistung.xml', build(r.data as Xzufi22Document));
 * ```
 */
export const documentSchema = documentSchemaFor(xzufi22Objects, Transfer);
