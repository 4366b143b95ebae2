/**
 * Markdown renderers for the reports (GitHub-flavoured, German labels), the counterparts of the HTML kit.
 *
 * @example
 * ```ts
 * import { renderQualityMarkdown } from './report/markdown/index.js';
 * const text = renderQualityMarkdown([{ file: 'schema.xml', findings }]);
 * ```
 *
 * @module
 */
export { escapeMarkdown } from './escape.js';
export { renderInspectMarkdown } from './inspect.js';
export { renderQualityMarkdown } from './quality.js';
