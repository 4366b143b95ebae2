/**
 * Form preview: an XDatenfelder schema as a self-contained HTML page.
 *
 * @example
 * ```ts
 * import { renderPreview } from 'fimkit/preview';
 * const { value: html } = renderPreview(doc);
 * ```
 *
 * @module
 */
export { escapeHtml, PREVIEW_CSS, PREVIEW_SCRIPT } from './html.js';
export { type PreviewOptions, type PreviewResult, renderPreview, renderPreviewV2 } from './render.js';
