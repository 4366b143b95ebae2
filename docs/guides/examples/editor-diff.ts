/**
 * Editor guide: compare two versions of a schema by element id (not by XML text) and render the changes
 * as Markdown for a change note.
 */
import { readFile } from 'node:fs/promises';
import { diffXdatenfelder, renderMarkdown } from 'fimkit/diff';
import { parse } from 'fimkit/xdatenfelder/v3';

export async function main(
  oldFile = 'fixtures/demo/hundesteuer.xdf3.xml',
  newText?: string,
) {
  const oldText = await readFile(oldFile, 'utf8');
  // Without a second file: a new version in which one field was renamed.
  const next = newText ?? oldText.replace('<xdf3:name>Vorname (Demo)</xdf3:name>', '<xdf3:name>Vornamen (Demo)</xdf3:name>');
  const left = parse(oldText).value;
  const right = parse(next).value;
  if (left === undefined || right === undefined) throw new Error('not XDatenfelder 3.0.0');
  const { value: diff, diagnostics } = diffXdatenfelder(
    { version: '3.0.0', document: left },
    { version: '3.0.0', document: right },
    { level: 0 }, // Vergleichsgrad 0: every difference, names included
  );
  if (diff === undefined) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return { changes: diff.changes.length, markdown: renderMarkdown(diff) };
}
