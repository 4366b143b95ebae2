/**
 * Migration guide: check a LeiKa key mapping against two catalogue releases, then migrate the keys in
 * every XML file of a folder (dry run: nothing is written).
 */
import { readFile } from 'node:fs/promises';
import { checkMapping, migrateDirectory, parseCatalogueCsv, parseMapping } from 'fimkit/leika';

export async function main(dir = 'fixtures/leika') {
  const release = async (name: string) => {
    const { value } = parseCatalogueCsv(await readFile(`${dir}/${name}`));
    if (value === undefined) throw new Error(`cannot read ${name}`);
    return new Set(value.eintraege.map((e) => e.schluessel));
  };
  const rows = parseMapping(await readFile(`${dir}/mapping-2024-2025.csv`, 'utf8'));
  const { value: plan, diagnostics } = checkMapping(rows.value ?? [], {
    old: await release('catalogue-2024.utf8.csv'),
    new: await release('catalogue-2025.utf8.csv'),
  });
  if (plan === undefined) throw new Error(diagnostics.map((d) => d.message).join('; '));
  const files = await migrateDirectory(`${dir}/documents`, plan, { mode: 'dry-run' });
  return files.map((f) => ({ file: f.file, changed: f.changed }));
}
