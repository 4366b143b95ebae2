/**
 * Escaping text for HTML element content and attribute values.
 *
 * @module
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe as element content and as a quoted attribute
 * value. Every piece of input text (element names, messages, file names) goes through this.
 *
 * @example
 * ```ts
 * escapeHtml('<img onerror="x">'); // '&lt;img onerror=&quot;x&quot;&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
