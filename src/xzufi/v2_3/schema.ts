/**
 * The zod schema of the JSON form of an XZuFi 2.3.1 document (`{ kind, root, model }`), derived from the
 * binding specs, for `fimkit build` and other JSON input.
 *
 * @module
 */
import { documentSchemaFor } from '../common/schema.js';
import { xzufi23Objects } from './messages.js';
import { Transfer } from './specs-leistung.js';

/**
 * Validates `{ kind, root, model }` of XZuFi 2.3.1: a transfer message (`kind: 'transfer'`, any root
 * name) or one of the single objects. Keys the model does not define are errors.
 *
 * @example
 * ```ts
 * const r = documentSchema.safeParse(JSON.parse(readFileSync('leistung.json', 'utf8')));
 * if (r.success) writeFileSync('leistung.xml', build(r.data as Xzufi23Document));
 * ```
 */
export const documentSchema = documentSchemaFor(xzufi23Objects, Transfer);
