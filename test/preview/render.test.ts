import { describe, expect, it } from 'vitest';
import { createCodeListRegistry } from '../../src/codelist/index.js';
import { escapeHtml, renderPreview } from '../../src/preview/index.js';
import type { Regel } from '../../src/xdatenfelder/v3/index.js';
import {
  child,
  farbeCodeList,
  field,
  group,
  praezisierung,
  schemaDocument,
} from '../jsonschema/synthetic.js';

const rule: Regel = {
  identifikation: { id: 'R00000000001', version: '1.0.0' },
  name: 'Pflicht bei Ja',
  freitextRegel: 'Wenn "Ja" gewählt ist, ist das Feld <Grund> auszufüllen.',
  bezug: [],
  stichwort: [],
  letzteAenderung: '2024-01-01T00:00:00Z',
  typ: { code: 'K' },
  param: [],
  ziel: [],
  fehler: [],
};
const evil = field('F00000000001', '<img src=x onerror=alert(1)>Name', {
  hilfetextEingabe: 'Vor- & Nachname',
  praezisierung: praezisierung({ maxLength: '40' }),
  regel: [rule],
});
const anrede = field('F00000000002', 'Anrede', {
  feldart: { code: 'select' },
  werte: {
    wert: [
      { code: 'frau', name: 'Frau' },
      { code: 'herr', name: 'Herr "Dr."' },
    ],
  },
});
const farbe = field('F00000000003', 'Farbe', {
  feldart: { code: 'select' },
  codelisteReferenz: { canonicalIdentification: 'urn:example:farbe', version: '1' },
});
const datum = field('F00000000004', 'Geburtsdatum', { datentyp: { code: 'date' } });
const hinweis = field('F00000000005', 'Hinweis', {
  feldart: { code: 'label' },
  inhalt: 'Bitte vollständig ausfüllen.',
});
const kontakt = group('G00000000001', 'Erreichbarkeit', [child('1:1', datum), child('1:1', anrede)], {
  art: { code: 'X' },
});
const doc = schemaDocument([
  child('1:1', hinweis),
  child('1:1', evil),
  child('0:1', farbe),
  child('0:*', kontakt),
]);

describe('renderPreview', () => {
  const registry = createCodeListRegistry([farbeCodeList()]);
  const html = renderPreview(doc, { registry }).value!;

  it('escapes every text from the model', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;Name');
    expect(html).toContain('Vor- &amp; Nachname');
    expect(html).toContain('Herr &quot;Dr.&quot;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('shows input types, select options, required marks, rules and repeatable parts', () => {
    expect(html).toMatch(/<label for="f\d+">&lt;img[^<]*<span class="req"/);
    expect(html).toMatch(/<input type="text" id="f\d+" maxlength="40" required>/);
    expect(html).toMatch(/<input type="date" id="f\d+" required>/);
    expect(html).toContain(
      '<option value="r">rot</option><option value="g">grün</option><option value="b">blau</option>',
    );
    expect(html).toContain('<option value="frau">Frau</option>');
    expect(html).toContain('Regel: Wenn &quot;Ja&quot; gewählt ist, ist das Feld &lt;Grund&gt; auszufüllen.');
    expect(html).toContain('Kann mehrfach angegeben werden (0 bis beliebig oft).');
    expect(html).toContain('Bitte genau eine der folgenden Angaben machen.');
    expect(html.match(/class="alternative"/g)).toHaveLength(2);
    expect(html).toContain('<div class="static">Bitte vollständig ausfüllen.</div>');
  });

  it('carries ids, versions and status for the editor toggle', () => {
    expect(html).toContain('<span class="meta">F00000000002 V1.0.0 · fachlich freigegeben (gold)</span>');
    expect(html).toContain('id="fimkit-editor"');
    expect(html).not.toContain('<body class="editor">');
    expect(renderPreview(doc, { editor: true }).value).toContain('<body class="editor">');
  });

  it('notes code lists it cannot resolve', () => {
    const r = renderPreview(doc);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['preview/codelist-unresolved']);
    expect(r.value).toContain('Auswahl aus Codeliste urn:example:farbe 1');
  });
});
