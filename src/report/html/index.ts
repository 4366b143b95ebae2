/**
 * The HTML report kit: a self-contained page shell (inline CSS for screen and print, no script, no
 * network), German FIM labels, element anchors and navigation, inline SVG bar charts, and the renderers
 * for quality findings and `inspect`/`validate` results.
 *
 * @example
 * ```ts
 * import { renderQualityHtml } from './report/html/index.js';
 * const html = renderQualityHtml([{ file: 'schema.xml', findings }]);
 * ```
 *
 * @module
 */
export { elementAnchor, elementLink, type NavEntry, navigation } from './anchor.js';
export { type Bar, type BarChartOptions, barChart } from './chart.js';
export { escapeHtml } from './escape.js';
export { type InspectFileReport, type InspectRenderOptions, renderInspectHtml } from './inspect.js';
export { type FimLabelKey, fimLabel, fimLabels } from './labels.js';
export { type HtmlPageOptions, htmlPage, REPORT_CSS } from './page.js';
export { renderQualityHtml } from './quality.js';
export {
  countBySeverity,
  type ElementFindings,
  groupByElement,
  nameOf,
  type QualityFileReport,
  type QualityRenderOptions,
} from './quality-model.js';
