/**
 * Editor guide: check a schema against the XDFM quality rules and count the findings per catalogue type
 * (K kritisch, M methodisch, W Warnung, H Hinweis), as the QS-Bericht groups them.
 */
import { readFile } from 'node:fs/promises';
import { checkQuality } from 'fimkit/quality';
import { parse } from 'fimkit/xdatenfelder/v3';

export async function main(file = 'fixtures/demo/hundesteuer.xdf3.xml') {
  const { value, sourceMap } = parse(await readFile(file));
  if (value === undefined) throw new Error(`${file} is not XDatenfelder 3.0.0`);
  const { findings } = checkQuality({ format: 'xdf3', value, sourceMap });
  const byType: Record<string, number> = {};
  for (const f of findings) byType[f.typ] = (byType[f.typ] ?? 0) + 1;
  const lines = findings.map((f) => `${f.line ?? '-'}:${f.column ?? '-'} ${f.code} ${f.elementId} ${f.message}`);
  return { total: findings.length, byType, lines };
}
