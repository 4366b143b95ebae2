/**
 * The page shell of every HTML report: one self-contained file with inline CSS for screen and print,
 * a Content-Security-Policy that forbids scripts and network access, German labels.
 *
 * @module
 */

import { escapeHtml } from './escape.js';
import { fimLabels } from './labels.js';

/** Options of {@link htmlPage}. */
export interface HtmlPageOptions {
  /** Page title (`<title>` and `<h1>`). */
  readonly title: string;
  /** Body HTML, already escaped by the caller's renderer. */
  readonly body: string;
  /** Tool name and version for the footer, e.g. `fimkit 0.1.0`. */
  readonly generator?: string;
  /** Document language (default `de`). */
  readonly lang?: string;
}

/**
 * The CSS of every report: system fonts, tables, severity colours, a sticky navigation on wide screens
 * and a print layout without navigation and with page breaks between files.
 *
 * @example
 * ```ts
 * `<style>${REPORT_CSS}</style>`;
 * ```
 */
export const REPORT_CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--error:#c62828;--warning:#b26a00;--info:#1565c0;--neutral:#546e7a}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header h1{font-size:1.5rem;margin:1.2rem 0 .4rem}
h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
nav ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
nav .count,.badge{display:inline-block;min-width:1.6em;padding:0 .4em;border-radius:.8em;background:var(--soft);border:1px solid var(--line);font-size:.85em;text-align:center}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
code{font:.9em ui-monospace,SFMono-Regular,Consolas,monospace}
.name{color:var(--muted)}
.sev-error{color:var(--error);font-weight:600}.sev-warning{color:var(--warning);font-weight:600}.sev-info{color:var(--info)}
.chart text{font-size:12px;fill:var(--fg)}.chart .value{fill:var(--muted)}
.bar.error{fill:var(--error)}.bar.warning{fill:var(--warning)}.bar.info{fill:var(--info)}.bar.neutral{fill:var(--neutral)}
.ok{color:#2e7d32}
:target{outline:2px solid var(--info)}
footer{color:var(--muted);font-size:.85em;margin-top:2rem;padding-bottom:1rem}
@media print{body{font-size:10.5pt}nav{display:none}section.file{break-before:page}section.file:first-of-type{break-before:auto}a{color:inherit;text-decoration:none}tr{break-inside:avoid}.bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;

/**
 * A complete HTML document: doctype, UTF-8, a CSP meta tag (`default-src 'none'; style-src 'unsafe-inline';
 * img-src data:`) so the report can neither run scripts nor load anything, the title, the body and a footer.
 *
 * @example
 * ```ts
 * const html = htmlPage({ title: 'Qualitätsbericht', body: '<p>Keine Befunde</p>', generator: 'fimkit 0.1.0' });
 * ```
 */
export function htmlPage(options: HtmlPageOptions): string {
  const title = escapeHtml(options.title);
  const footer =
    options.generator === undefined
      ? ''
      : `<footer>${fimLabels.generatedBy} ${escapeHtml(options.generator)}</footer>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang ?? 'de')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${title}</h1></header>
<main>
${options.body}
</main>
${footer}
</body>
</html>
`;
}
