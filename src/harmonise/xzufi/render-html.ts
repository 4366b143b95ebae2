/**
 * HTML rendering of a service-text harmonisation report with the report kit: a full self-contained page,
 * or a `<section>` fragment that another report (the project report of `fimkit plan`) embeds. Navigation
 * by text module, an inline SVG chart of the completeness per variant, German labels.
 *
 * @module
 */
import type { TextDiffOp } from '../../diff/text-diff.js';
import { barChart, elementAnchor, escapeHtml as esc, htmlPage, navigation } from '../../report/html/index.js';
import {
  FIELD_STATUS_LABELS,
  SERVICE_TEXT_LABELS as L,
  languageLabel,
  percent,
  redaktionOf,
  reportTitle,
  TEXT_STATUS_LABELS,
} from './labels.js';
import type { FieldStatus, ServiceTextReport, TextClassification, TextStatus } from './model.js';
import { TEXT_STATUSES } from './model.js';

/**
 * Options of {@link renderServiceTextReportHtml}.
 *
 * @example
 * ```ts
 * const options: ServiceTextHtmlOptions = { fragment: true, anchorScope: 'hundesteuer' };
 * ```
 */
export interface ServiceTextHtmlOptions {
  /** Return only a `<section>` (headings from `<h2>` down) to embed in another report. */
  readonly fragment?: boolean;
  /** Prefix of every anchor id, so several reports can share a page (default `texte`). */
  readonly anchorScope?: string;
  /** Tool name and version for the page footer. */
  readonly generator?: string;
}

const TONE: Readonly<Record<TextStatus | FieldStatus, string>> = {
  unchanged: 'ok',
  changed: 'sev-warning',
  rephrased: 'sev-warning',
  extended: 'sev-info',
  replaced: 'sev-warning',
  added: 'sev-info',
  empty: 'sev-error',
  missing: 'sev-error',
};

/** The file name of a source without folders (and without `.xzufi.xml` / `.xml`), cut to `n` characters. */
const base = (s: string, n = 60) => {
  const b = (s.split(/[\\/]/).pop() ?? s).replace(/(\.xzufi)?\.xml$/i, '');
  return b.length > n ? `${b.slice(0, n - 1)}…` : b;
};
/** A variant's name in tables: the file name, the full source as tooltip. */
const who = (s: string) => `<span title="${esc(s)}">${esc(base(s))}</span>`;

function ops(diff: readonly TextDiffOp[]): string {
  return diff
    .map((o) =>
      o.op === 'equal'
        ? esc(o.text)
        : o.op === 'delete'
          ? `<del>${esc(o.text)}</del>`
          : `<ins>${esc(o.text)}</ins>`,
    )
    .join(' ');
}

function change(t: TextClassification): string {
  if (t.status === 'unchanged')
    return t.markupChanged === true ? `<span class="name">${L.markupOnly}</span>` : '';
  if (t.diff !== undefined) return ops(t.diff);
  return t.text === undefined ? '' : esc(t.text);
}

const status = (s: TextStatus) => `<span class="${TONE[s]}">${TEXT_STATUS_LABELS[s]}</span>`;

/**
 * Renders a service-text report as HTML: a complete page (default; `htmlPage` of the report kit: inline
 * CSS, no script, no network), or with `fragment: true` one `<section class="service-texts">` to embed.
 *
 * @example
 * ```ts
 * await writeFile('texte.html', renderServiceTextReportHtml(report));
 * const section = renderServiceTextReportHtml(report, { fragment: true });
 * ```
 */
export function renderServiceTextReportHtml(
  r: ServiceTextReport,
  options: ServiceTextHtmlOptions = {},
): string {
  const fragment = options.fragment === true;
  const h = (n: number) => `h${fragment ? n + 1 : n}`;
  const scope = options.anchorScope ?? 'texte';
  const anchor = (key: string) => elementAnchor(key, undefined, scope);
  const title = reportTitle(r);
  const parts: string[] = [];
  const nav = [
    { anchor: anchor('varianten'), label: L.varianten, count: r.variants.length },
    { anchor: anchor('kandidaten'), label: L.candidates, count: r.clusters.length },
    ...r.modules.map((m) => ({
      anchor: anchor(m.key),
      label: `${m.module} ${m.label} (${languageLabel(m.language)})`,
      count: m.overridden + m.counts.added + m.counts.empty + m.counts.missing,
    })),
    { anchor: anchor('angaben'), label: L.fields },
  ];
  parts.push(navigation('Inhalt', nav));
  parts.push(
    `<p>${L.stamm} <b>${esc(r.stamm.source)}</b>, Leistung <code>${esc(r.stamm.id)}</code>, ${L.redaktion} ${esc(redaktionOf(r.stamm))}; ${r.variants.length} ${L.varianten}, mittlere ${L.completeness} <b>${percent(r.totals.meanCompleteness)}</b>, Befunde (entfallen, leer, Hinweise): <b class="${r.totals.findings > 0 ? 'sev-warning' : 'ok'}">${r.totals.findings}</b>.</p>`,
    `<p class="name">${L.completenessFormula}</p>`,
  );
  const heads = TEXT_STATUSES.map((s) => `<th>${TEXT_STATUS_LABELS[s]}</th>`).join('');
  const rows = r.variants
    .map((v) => {
      const counts = TEXT_STATUSES.map((s) => `<td>${v.counts[s]}</td>`).join('');
      return `<tr><td>${who(v.leistung.source)}</td><td>${esc(redaktionOf(v.leistung))}</td>${counts}<td>${percent(v.completeness)} (${v.filledOfStamm}/${v.stammFilled})</td></tr>`;
    })
    .join('\n');
  const chart = barChart(
    r.variants.map((v) => ({
      label: base(v.leistung.source, 22),
      value: Math.round(v.completeness * 1000) / 10,
      tone: v.completeness < 1 ? 'warning' : 'info',
    })),
    { title: `${L.completeness} je ${L.variante} (%)` },
  );
  parts.push(
    `<${h(2)} id="${anchor('varianten')}">${L.varianten}</${h(2)}>`,
    chart,
    `<table><tr><th>${L.variante}</th><th>${L.redaktion}</th>${heads}<th>${L.completeness}</th></tr>\n${rows}\n</table>`,
  );
  const cl = r.clusters
    .map((c) => {
      const what =
        c.kind === 'text' ? `<a href="#${anchor(c.key)}">${esc(c.key)} ${esc(c.label)}</a>` : esc(c.label);
      return `<tr><td>${c.variants.length}${c.adoptable ? ' ✔' : ''}</td><td>${what}</td><td>${c.variants.map(who).join(', ')}</td><td>${esc(c.text)}</td></tr>`;
    })
    .join('\n');
  parts.push(
    `<${h(2)} id="${anchor('kandidaten')}">${L.candidates}</${h(2)}>`,
    r.clusters.length === 0
      ? '<p class="ok">Keine gleichlautenden lokalen Texte.</p>'
      : `<p class="name">Gleichlautende lokale Texte (nach Normalisierung von Leerraum und HTML); ✔ = mindestens k = ${r.k} ${L.varianten}.</p>\n<table><tr><th>${L.varianten}</th><th>${L.textmodul} / Angabe</th><th>Wer</th><th>Text</th></tr>\n${cl}\n</table>`,
  );
  parts.push(`<${h(2)}>${L.textmodul}e</${h(2)}>`);
  for (const m of r.modules) {
    const vr = r.variants
      .map((v) => {
        const t = v.texts.find((x) => x.key === m.key);
        if (t === undefined) return '';
        const sim = t.similarity === undefined ? '' : percent(t.similarity);
        return `<tr><td>${who(v.leistung.source)}</td><td>${status(t.status)}</td><td>${sim}</td><td>${change(t)}</td></tr>`;
      })
      .join('');
    parts.push(
      `<${h(3)} id="${anchor(m.key)}">${L.textmodul} ${esc(m.module)} ${esc(m.label)} <span class="name">(${esc(languageLabel(m.language))})</span></${h(3)}>`,
      `<p><b>${L.stamm}:</b> ${m.stammFilled ? esc(m.stammText) : '<span class="name">nicht gefüllt</span>'}</p>`,
      `<table><tr><th>${L.variante}</th><th>Status</th><th>${L.similarity}</th><th>Text / Änderung</th></tr>${vr}</table>`,
    );
  }
  const fr = r.variants
    .flatMap((v) =>
      v.fields.map(
        (f) =>
          `<tr><td>${who(v.leistung.source)}</td><td>${esc(f.label)}</td><td><span class="${TONE[f.status]}">${FIELD_STATUS_LABELS[f.status]}</span></td><td>${f.removedLines.map((x) => `<del>${esc(x)}</del>`).join('<br>')}</td><td>${f.addedLines.map((x) => `<ins>${esc(x)}</ins>`).join('<br>')}</td></tr>`,
      ),
    )
    .join('\n');
  parts.push(
    `<${h(2)} id="${anchor('angaben')}">${L.fields}</${h(2)}>`,
    fr === ''
      ? '<p>Keine.</p>'
      : `<table><tr><th>${L.variante}</th><th>Angabe</th><th>Status</th><th>nur ${L.stamm}</th><th>nur ${L.variante}</th></tr>\n${fr}\n</table>`,
  );
  const notes = [...r.diagnostics, ...r.variants.flatMap((v) => v.diagnostics)];
  if (notes.length > 0) {
    const li = notes.map(
      (d) => `<li><span class="sev-${d.severity}">${esc(d.code)}</span>: ${esc(d.message)}</li>`,
    );
    parts.push(`<${h(2)}>${L.notes}</${h(2)}>`, `<ul>${li.join('')}</ul>`);
  }
  const body = parts.join('\n');
  if (fragment)
    return `<section class="service-texts" id="${anchor('bericht')}">\n<h2>${esc(title)}</h2>\n${body}\n</section>\n`;
  return htmlPage({
    title,
    body,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
  });
}
