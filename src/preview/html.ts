/**
 * HTML helpers of the form preview: escaping and the page frame (inline CSS, the tiny editor-toggle
 * script).
 *
 * @module
 */

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b> & "x"'); // '&lt;b&gt; &amp; &quot;x&quot;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * The stylesheet of the preview page.
 *
 * @example
 * ```ts
 * PREVIEW_CSS.includes('.meta'); // true
 * ```
 */
export const PREVIEW_CSS = `
*{box-sizing:border-box}
body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f4f5f7;margin:0}
main{max-width:52rem;margin:0 auto;padding:1.5rem;background:#fff;min-height:100vh}
header{border-bottom:3px solid #004b76;margin-bottom:1rem}
h1{font-size:1.6rem;margin:.2rem 0 .5rem}
.toggle{display:inline-flex;gap:.4rem;align-items:center;font-size:.9rem;background:#eef3f7;padding:.3rem .6rem;border-radius:4px;margin:.4rem 0 .8rem}
fieldset{border:1px solid #c8ced6;border-radius:6px;margin:1rem 0;padding:.6rem 1rem 1rem}
legend{font-weight:600;padding:0 .3rem}
.field{margin:.8rem 0}
.field>label,.field>.label{display:block;font-weight:500;margin-bottom:.2rem}
input[type=text],input[type=number],input[type=date],input[type=datetime-local],input[type=time],select,textarea{width:100%;max-width:32rem;padding:.35rem .5rem;border:1px solid #8a94a1;border-radius:4px;font:inherit}
textarea{min-height:5rem}
.req{color:#b00020;font-weight:700}
.help{color:#4a5460;font-size:.9rem;margin:.2rem 0}
.rule{color:#5b3a00;background:#fff7e6;border-left:3px solid #f0a500;font-size:.85rem;padding:.2rem .5rem;margin:.3rem 0}
.note{font-size:.85rem;color:#004b76;margin:.2rem 0}
.choice>.alternative{border-left:3px solid #7aa7c7;padding-left:.7rem;margin:.6rem 0}
.static{background:#f1f1f1;padding:.4rem .6rem;border-radius:4px}
.meta{display:none;font:12px/1.3 ui-monospace,monospace;color:#6b2d8a;background:#f6effa;border-radius:3px;padding:0 .3rem;margin-left:.4rem}
body.editor .meta{display:inline-block}
.hidden-field{opacity:.6}
`;

/**
 * The only script of the page: the checkbox `#fimkit-editor` toggles the `editor` class on `body`,
 * which shows ids, versions and status.
 *
 * @example
 * ```ts
 * PREVIEW_SCRIPT.includes('fimkit-editor'); // true
 * ```
 */
export const PREVIEW_SCRIPT =
  "document.getElementById('fimkit-editor').addEventListener('change',function(e){document.body.classList.toggle('editor',e.target.checked)});";
