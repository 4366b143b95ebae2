import { describe, expect, it } from 'vitest';
import type { Finding } from '../../quality/types.js';
import { escapeMarkdown } from './escape.js';
import { renderQualityMarkdown } from './quality.js';

const finding = (over: Partial<Finding>): Finding => ({
  severity: 'error',
  code: 'XDFM1010',
  xdfm: 1010,
  typ: 'K',
  message: 'Die Bezeichnung Ausgabe muss befüllt werden.',
  source: 'quality',
  elementId: 'F1',
  elementVersion: '1.0',
  elementKind: 'datenfeld',
  line: 3,
  column: 5,
  ...over,
});

describe('markdown', () => {
  it('escapes table and HTML syntax', () => {
    expect(escapeMarkdown('a|b <script> *x* [l](u)\nz')).toBe('a\\|b \\<script\\> \\*x\\* \\[l\\](u) z');
  });

  it('groups findings by element with German labels and names', () => {
    const md = renderQualityMarkdown([
      {
        file: 'a.xml',
        findings: [
          finding({}),
          finding({ elementId: 'G1', elementKind: 'datenfeldgruppe', severity: 'warning', typ: 'W' }),
          finding({ code: 'XDFM1022', xdfm: 1022, line: 9 }),
        ],
        names: new Map([['F1@1.0', 'Familienname | Nachname']]),
      },
      { file: 'b.xml', findings: [] },
    ]);
    expect(md).toContain('| a.xml | 2 | 1 | 0 | 3 |');
    expect(md).toContain('| b.xml | 0 | 0 | 0 | 0 |');
    expect(md).toContain('### Datenfeld F1 V1.0 Familienname \\| Nachname');
    expect(md).toContain('### Datenfeldgruppe G1 V1.0');
    // F1's two findings sit under one heading, in input order.
    const f1 = md.slice(md.indexOf('### Datenfeld F1'), md.indexOf('### Datenfeldgruppe'));
    expect(f1.match(/^\| Fehler \| XDFM10(10|22)/gm)).toEqual(['| Fehler | XDFM1010', '| Fehler | XDFM1022']);
    expect(md).toContain('Keine Befunde');
  });
});
