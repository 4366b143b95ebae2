/**
 * The LeiKa catalogue as JSON: a strict zod schema, export and import.
 *
 * @module
 */

import { z } from 'zod';
import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';
import type { LeikaEintrag, LeikaKatalog } from './catalogue.js';

const eintragSchema = z.strictObject({
  schluessel: z.string(),
  bezeichnung: z.string(),
  bezeichnung2: z.string().optional(),
  typ: z.array(z.string()),
  leistungsgruppierung: z.string().optional(),
  leistungskennung: z.string().optional(),
  verrichtung: z.string().optional(),
  verrichtungsdetail: z.string().optional(),
  besondereMerkmale: z.array(z.string()),
  synonyme: z.array(z.string()),
  veroeffentlichungsdatum: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .optional(),
  weitereSpalten: z.record(z.string(), z.string()),
});

/**
 * The strict zod schema of a {@link LeikaKatalog} in JSON.
 *
 * @example
 * ```ts
 * katalogSchema.safeParse({ eintraege: [], weitereSpalten: [] }).success; // true
 * ```
 */
export const katalogSchema: z.ZodType<LeikaKatalog> = z.strictObject({
  eintraege: z.array(eintragSchema),
  weitereSpalten: z.array(z.string()),
}) as unknown as z.ZodType<LeikaKatalog>;

/**
 * Writes a catalogue as JSON text (two-space indent, trailing newline). Absent optional fields are
 * left out.
 *
 * @example
 * ```ts
 * await writeFile('catalogue.json', catalogueToJson(katalog));
 * ```
 */
export function catalogueToJson(katalog: LeikaKatalog): string {
  return `${JSON.stringify(katalog, null, 2)}\n`;
}

/**
 * Reads a catalogue from JSON text. Invalid JSON gives `leika/json-syntax`, a shape that does not match
 * {@link katalogSchema} gives one `leika/json-schema` diagnostic per issue (with its path); both give
 * no value.
 *
 * @example
 * ```ts
 * const { value } = parseCatalogueJson(await readFile('catalogue.json', 'utf8'));
 * ```
 */
export function parseCatalogueJson(text: string): Result<LeikaKatalog> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      value: undefined,
      diagnostics: [diagnostic('error', 'leika/json-syntax', (error as Error).message, 'leika')],
    };
  }
  const parsed = katalogSchema.safeParse(data);
  if (!parsed.success) {
    const diagnostics: Diagnostic[] = parsed.error.issues.map((issue) =>
      diagnostic('error', 'leika/json-schema', issue.message, 'leika', {
        path: `/${issue.path.map(String).join('/')}`,
      }),
    );
    return { value: undefined, diagnostics };
  }
  const eintraege: LeikaEintrag[] = parsed.data.eintraege.map((e) => ({ ...e }));
  return { value: { eintraege, weitereSpalten: parsed.data.weitereSpalten }, diagnostics: [] };
}
