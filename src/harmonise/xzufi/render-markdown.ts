/**
 * Markdown rendering of a service-text harmonisation report: variants with completeness, every text
 * module across the variants (Stamm text, each variant's status and change), the structured fields, the
 * candidates for the Stammtext and the notes.
 *
 * @module
 */
import type { TextDiffOp } from '../../diff/text-diff.js';
import {
  FIELD_STATUS_LABELS,
  SERVICE_TEXT_LABELS as L,
  languageLabel,
  percent,
  redaktionOf,
  reportTitle,
  TEXT_STATUS_LABELS,
} from './labels.js';
import type { ServiceTextReport, TextClassification } from './model.js';
import { TEXT_STATUSES } from './model.js';

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const inline = (s: string) => cell(s).replace(/[*_~`[\]<>]/g, (m) => `\\${m}`);

function ops(diff: readonly TextDiffOp[]): string {
  return diff
    .map((o) =>
      o.op === 'equal'
        ? inline(o.text)
        : o.op === 'delete'
          ? `~~${inline(o.text)}~~`
          : `**${inline(o.text)}**`,
    )
    .join(' ');
}

/** The change column of one classification. */
function change(t: TextClassification): string {
  if (t.status === 'unchanged') return t.markupChanged === true ? L.markupOnly : '';
  if (t.diff !== undefined) return ops(t.diff);
  return t.text === undefined ? '' : inline(t.text);
}

/**
 * Renders a service-text report as Markdown (German labels).
 *
 * @example
 * ```ts
 * await writeFile('texte.md', renderServiceTextReportMarkdown(harmoniseServiceTexts(stamm, variants)));
 * ```
 */
export function renderServiceTextReportMarkdown(r: ServiceTextReport): string {
  const out: string[] = [`# ${inline(reportTitle(r))}`, ''];
  out.push(
    `- ${L.stamm}: ${inline(r.stamm.source)}, Leistung \`${r.stamm.id}\`, ${L.redaktion} ${inline(redaktionOf(r.stamm))}`,
    `- ${L.varianten}: ${r.variants.length}; mittlere ${L.completeness}: ${percent(r.totals.meanCompleteness)}; Befunde (entfallen, leer, Hinweise): ${r.totals.findings}`,
    `- ${L.completenessFormula}`,
    '',
  );
  const statusHead = TEXT_STATUSES.map((s) => TEXT_STATUS_LABELS[s]);
  out.push(
    `## ${L.varianten}`,
    '',
    `| ${L.variante} | ${L.redaktion} | ${statusHead.join(' | ')} | ${L.completeness} |`,
    `|${'---|'.repeat(statusHead.length + 3)}`,
  );
  for (const v of r.variants) {
    const counts = TEXT_STATUSES.map((s) => v.counts[s]);
    out.push(
      `| ${cell(v.leistung.source)} | ${cell(redaktionOf(v.leistung))} | ${counts.join(' | ')} | ${percent(v.completeness)} (${v.filledOfStamm}/${v.stammFilled}) |`,
    );
  }
  out.push(
    '',
    `## ${L.textmodul}e über alle ${L.varianten}`,
    '',
    `| ${L.textmodul} | ${L.sprache} | ${L.stamm} | übernommen | ${L.overridden} | hinzugefügt | leer | entfallen |`,
    '|---|---|---|---|---|---|---|---|',
  );
  for (const m of r.modules) {
    const c = m.counts;
    out.push(
      `| ${m.module} ${cell(m.label)} | ${languageLabel(m.language)} | ${m.stammFilled ? 'gefüllt' : '–'} | ${c.unchanged} | ${m.overridden} | ${c.added} | ${c.empty} | ${c.missing} |`,
    );
  }
  out.push('', `## ${L.candidates}`, '');
  if (r.clusters.length === 0) out.push('Keine gleichlautenden lokalen Texte.');
  else {
    out.push(`| ${L.varianten} | ${L.textmodul} / Angabe | Art | Text |`, '|---|---|---|---|');
    for (const c of r.clusters) {
      const what = c.kind === 'text' ? `${c.key} ${c.label}` : c.label;
      out.push(
        `| ${c.variants.length}${c.adoptable ? ' ✔' : ''} (${cell(c.variants.join(', '))}) | ${cell(what)} | ${c.statuses.map((s) => TEXT_STATUS_LABELS[s as keyof typeof TEXT_STATUS_LABELS] ?? FIELD_STATUS_LABELS[s as keyof typeof FIELD_STATUS_LABELS] ?? s).join(', ')} | ${inline(c.text)} |`,
      );
    }
    out.push('', `✔ = mindestens k = ${r.k} ${L.varianten}.`);
  }
  for (const m of r.modules) {
    out.push('', `## ${L.textmodul} ${m.module} ${inline(m.label)} (${languageLabel(m.language)})`, '');
    out.push(`${L.stamm}: ${m.stammFilled ? inline(m.stammText) : '(nicht gefüllt)'}`, '');
    out.push(`| ${L.variante} | Status | ${L.similarity} | Text / Änderung |`, '|---|---|---|---|');
    for (const v of r.variants) {
      const t = v.texts.find((x) => x.key === m.key);
      if (t === undefined) continue;
      const sim = t.similarity === undefined ? '' : percent(t.similarity);
      out.push(`| ${cell(v.leistung.source)} | ${TEXT_STATUS_LABELS[t.status]} | ${sim} | ${change(t)} |`);
    }
  }
  out.push('', `## ${L.fields}`, '');
  const rows = r.variants.flatMap((v) => v.fields.map((f) => ({ v, f })));
  if (rows.length === 0) out.push('Keine.');
  else {
    out.push(
      `| ${L.variante} | Angabe | Status | nur ${L.stamm} | nur ${L.variante} |`,
      '|---|---|---|---|---|',
    );
    for (const { v, f } of rows) {
      out.push(
        `| ${cell(v.leistung.source)} | ${f.label} | ${FIELD_STATUS_LABELS[f.status]} | ${inline(f.removedLines.join('; '))} | ${inline(f.addedLines.join('; '))} |`,
      );
    }
  }
  const notes = [...r.diagnostics, ...r.variants.flatMap((v) => v.diagnostics)];
  out.push('', `## ${L.notes}`, '');
  if (notes.length === 0) out.push('Keine.');
  for (const d of notes) out.push(`- ${d.severity} \`${d.code}\`: ${inline(d.message)}`);
  return `${out.join('\n')}\n`;
}
