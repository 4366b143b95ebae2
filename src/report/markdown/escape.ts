/**
 * Escaping text for Markdown table cells and inline text.
 *
 * @module
 */

/**
 * Escapes Markdown control characters (`\ ` `` ` `` `*` `_` `[` `]` `|` `<` `>` `#`) and turns line
 * breaks into spaces, so any text is safe inside a table cell and cannot inject HTML.
 *
 * @example
 * ```ts
 * escapeMarkdown('a|b <script>'); // 'a\\|b \\<script\\>'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
