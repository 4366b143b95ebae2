/**
 * The zod schema of the JSON form of an XDatenfelder 3.0.0 document (`{ message, model }`), derived
 * from the binding specs, for `fimkit build` and other JSON input.
 *
 * @module
 */
import { z } from 'zod';
import { zodFor } from '../../core/binding/index.js';
import { xdf3Messages } from './specs-messages.js';

function variant<M extends keyof typeof xdf3Messages>(message: M) {
  return z.object({ message: z.literal(message), model: zodFor(xdf3Messages[message].type) }).strict();
}

/**
 * Validates `{ message, model }` where `model` is the model of the message named by `message`. Objects
 * are strict: keys the XSD does not define are errors (unknown XML is kept in `$unknownElements` /
 * `$unknownAttributes`).
 *
 * @example
 * ```ts
 * const r = documentSchema.safeParse(JSON.parse(readFileSync('schema.json', 'utf8')));
 * if (r.success) writeFileSync('schema.xml', build(r.data as Xdf3Document));
 * else for (const issue of r.error.issues) console.error(issue.path.join('.'), issue.message);
 * ```
 */
export const documentSchema = z.discriminatedUnion('message', [
  variant('xdatenfelder.dokumentsteckbrief.0101'),
  variant('xdatenfelder.stammdatenschema.0102'),
  variant('xdatenfelder.datenfeldgruppe.0103'),
  variant('xdatenfelder.datenfeld.0104'),
  variant('xdatenfelder.codeliste.0105'),
  variant('xdatenfelder.uebersetzung.0106'),
]);
