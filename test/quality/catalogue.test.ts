/** The committed XDFM table equals the official catalogue `../shared/spec/xdfm/Meldungen.xml` (STYLE.md §14). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { xdfmCatalogue } from '../../src/quality/catalogue.js';
import { describeShared, sharedDir } from '../support/shared.js';

const TYP: Record<string, string> = {
  FehlerKritisch: 'K',
  FehlerMethodisch: 'M',
  Warnung: 'W',
  Hinweis: 'H',
  Deaktiviert: 'D',
};
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describeShared('quality: XDFM catalogue', () => {
  it('equals Meldungen.xml row by row', () => {
    const xml = readFileSync(path.join(sharedDir, 'spec/xdfm/Meldungen.xml'), 'utf8');
    const rows = [...xml.matchAll(/<Row>([\s\S]*?)<\/Row>/g)].map((m) => {
      const value = (col: string) => {
        const v = new RegExp(
          `<Value ColumnRef="${col}"\\s*(?:/>|>\\s*<SimpleValue>([\\s\\S]*?)</SimpleValue>)`,
        ).exec(m[1]!);
        return decode(v?.[1] ?? '');
      };
      const typText = value('Typ');
      return {
        code: Number(value('Code')),
        typ: TYP[typText],
        typText,
        text: value('Meldungstext'),
        hilfe: value('Meldungshilfe'),
      };
    });
    expect(rows.length).toBe(142);
    expect(xdfmCatalogue.map((e) => ({ ...e }))).toEqual(rows);
  });
});
