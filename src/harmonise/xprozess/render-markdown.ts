/**
 * Markdown rendering of a process harmonisation report (German labels).
 *
 * @module
 */
import type { ProcessHarmonisationReport } from './harmonise.js';
import { PROCESS_KIND_LABELS, propertyLabel, STATUS_LABELS } from './labels.js';
import { statusMatrix } from './matrix.js';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const cell = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');

/**
 * The report as Markdown: figures per variant, the element matrix, violations, candidates for the Stamm
 * and, per variant, what was adapted (property by property).
 *
 * @example
 * ```ts
 * io.stdout.write(renderProcessReportMarkdown(harmoniseProcesses(stamm, variants)));
 * ```
 */
export function renderProcessReportMarkdown(r: ProcessHarmonisationReport): string {
  const out: string[] = [];
  const s = r.stamm;
  out.push(
    `# Harmonisierungsbericht Prozess: ${cell(s.name)} (${s.id}${s.version ? ` V${s.version}` : ''})`,
    '',
  );
  out.push(`- Prozessklasse (LeiKa): ${s.klasseID}`);
  out.push(
    `- Stammprozess: ${s.elements.length} Elemente, davon ${s.elements.filter((e) => e.kind === 'schritt').length} Prozessschritte (${s.elements.filter((e) => e.mandatory === true).length} Pflichtschritte)${s.hasModel ? '' : '; kein BPMN-Modell, Pflichtschritte unbekannt'}`,
  );
  out.push(`- Varianten: ${r.variants.length}; Verstöße: ${r.totals.violations}`);
  out.push(
    `- Harmonisierungspotenzial: ${pct(r.potential.share)} (${r.potential.adoptable} von ${r.potential.localElements} lokalen Elementen in Kandidaten für den Stamm, k = ${r.k})`,
    '',
  );
  out.push(
    '## Varianten',
    '',
    '| Variante | Elemente | übernommen | angepasst | ergänzt | entfallen | Nachnutzung | Anpassung | lokal | Verstöße |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const v of r.variants) {
    const f = v.figures;
    out.push(
      `| ${cell(v.source)} | ${f.total} | ${f.unchanged} | ${f.adapted} | ${f.added} | ${f.dropped} | ${pct(f.reuseShare)} | ${pct(f.adaptationShare)} | ${pct(f.localShare)} | ${f.violations} |`,
    );
  }
  const rows = statusMatrix(r);
  if (rows.length > 0) {
    out.push('', '## Elemente', '');
    out.push(`| Art | Element | ${r.variants.map((v) => cell(v.source)).join(' | ')} |`);
    out.push(`|---|---|${r.variants.map(() => '---').join('|')}|`);
    for (const row of rows) {
      const name = `${cell(row.name)}${row.mandatory === true ? ' (Pflicht)' : ''}${row.origin === 'lokal' ? ' (lokal)' : ''}`;
      const cells = row.cells.map((c) =>
        c.status === undefined ? '–' : `${STATUS_LABELS[c.status]}${c.violation ? ' ⚠' : ''}`,
      );
      out.push(`| ${PROCESS_KIND_LABELS[row.kind]} | ${name} | ${cells.join(' | ')} |`);
    }
  }
  out.push('', '## Verstöße', '');
  let any = false;
  for (const v of r.variants) {
    for (const x of v.violations) {
      any = true;
      out.push(`- ${cell(v.source)}: **${x.label}**: ${cell(x.message)}`);
    }
  }
  if (!any) out.push('Keine.');
  out.push(
    '',
    '## Kandidaten für den Stamm (gleichartige lokale Änderungen)',
    '',
    '| Varianten | Art | Element | Änderung |',
    '|---|---|---|---|',
  );
  for (const c of r.clusters.slice(0, 50)) {
    out.push(
      `| ${c.variants.length}${c.adoptable ? ' ✔' : ''} | ${PROCESS_KIND_LABELS[c.kind]} ${STATUS_LABELS[c.status]} | ${cell(c.example.name)} | ${cell(c.change ?? '')} |`,
    );
  }
  for (const v of r.variants) {
    const adapted = (v.elements ?? []).filter((e) => e.status === 'adapted' && e.kind !== 'prozess');
    if (adapted.length === 0) continue;
    out.push('', `## Anpassungen in ${cell(v.source)}`, '');
    for (const e of adapted) {
      out.push(`- ${PROCESS_KIND_LABELS[e.kind]} „${cell(e.name)}“`);
      for (const d of e.differences)
        out.push(`  - ${propertyLabel(d.property)}: ${cell(d.before ?? '–')} → ${cell(d.after ?? '–')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
