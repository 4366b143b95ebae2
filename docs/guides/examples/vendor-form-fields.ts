/**
 * Vendor guide, example 1: read an XDatenfelder 3.0.0 Stammdatenschema and list the fields a form needs,
 * walking the `struktur` tree in document order.
 *
 * Run from the repository root: `npx vitest run test/guides.test.ts` (the guide test executes this).
 */
import { readFile } from 'node:fs/promises';
import { type Datenfeld, type Datenfeldgruppe, parse } from 'fimkit/xdatenfelder/v3';

export interface FormField {
  readonly path: string;
  readonly id: string;
  readonly name: string;
  readonly datentyp: string;
  readonly anzahl: string;
}

export async function main(file = 'fixtures/demo/hundesteuer.xdf3.xml'): Promise<FormField[]> {
  const { value, diagnostics } = parse(await readFile(file));
  if (value === undefined || value.message !== 'xdatenfelder.stammdatenschema.0102') {
    throw new Error(`not a Stammdatenschema: ${diagnostics.map((d) => d.message).join('; ')}`);
  }
  const fields: FormField[] = [];
  const walk = (group: Pick<Datenfeldgruppe, 'struktur'>, prefix: string) => {
    for (const s of group.struktur) {
      if (s.enthaelt.datenfeldgruppe !== undefined) {
        walk(s.enthaelt.datenfeldgruppe, `${prefix}${s.enthaelt.datenfeldgruppe.name}/`);
      } else {
        const f: Datenfeld = s.enthaelt.datenfeld;
        fields.push({
          path: `${prefix}${f.name}`,
          id: f.identifikation.id,
          name: f.name,
          datentyp: f.datentyp.code,
          anzahl: s.anzahl,
        });
      }
    }
  };
  walk(value.model.stammdatenschema, '');
  return fields;
}
