import { describe, expect, it } from 'vitest';
import type { ElementView } from './elements.js';
import { directionOf } from './similar-direction.js';
import {
  bezugKeys,
  descriptionTokens,
  mayBeRederived,
  meaningTokens,
  publishedOn,
} from './similar-signals.js';

/** A hand-made field view: only what the signals read. */
function field(
  id: string,
  version: string,
  element: Partial<
    Record<'definition' | 'beschreibung' | 'veroeffentlichungsdatum' | 'statusGesetztAm', string>
  > & {
    bezug?: readonly string[];
  } = {},
  hilfetextEingabe?: string,
): ElementView {
  return {
    kind: 'datenfeld',
    key: `${id}@${version}`,
    id,
    version,
    name: 'Name',
    bezeichnungEingabe: 'Bezeichnung',
    bezeichnungAusgabe: undefined,
    hilfetextEingabe,
    hilfetextAusgabe: undefined,
    schemaelementart: 'RNG',
    datentyp: 'text',
    feldart: 'input',
    praezisierung: {
      minLength: undefined,
      maxLength: undefined,
      minValue: undefined,
      maxValue: undefined,
      pattern: undefined,
    },
    codeliste: undefined,
    codelisteVersion: undefined,
    werte: undefined,
    inhalt: undefined,
    metadata: {},
    regeln: [],
    children: [],
    derivedFrom: [],
    element: {
      ...element,
      bezug: (element.bezug ?? []).map((value) => ({ value })),
    } as unknown as ElementView['element'],
  };
}

describe('bezugKeys', () => {
  it('keeps data-standard references, normalised, and drops legal norms', () => {
    const v = field('F05000000001', '1.0.0', {
      bezug: [
        'XGewerbeanzeige.Betrieb.geschaeftsbezeichnung Version 2.2',
        '§ 30a BZRG',
        'Art. 6 Abs. 1 DSGVO',
        '',
      ],
    });
    expect(bezugKeys(v)).toEqual(['xgewerbeanzeige betrieb geschaeftsbezeichnung version 2 2']);
  });
});

describe('meaningTokens and descriptionTokens', () => {
  it('take definition and input help text, and nothing when they say under five tokens', () => {
    const rich = field(
      'F05000000001',
      '1.0.0',
      { definition: 'Name der Person laut Pass' },
      'Geben Sie ihn an.',
    );
    // name, person, laut, pass, geben, sie, ihn: stop words (der, an) dropped.
    expect(meaningTokens(rich)).toEqual(['geben', 'ihn', 'laut', 'name', 'pass', 'person', 'sie']);
    expect(meaningTokens(field('F05000000001', '1.0.0', { definition: 'Der Name' }))).toEqual([]);
  });

  it('descriptionTokens include the beschreibung', () => {
    const v = field('F05000000001', '1.0.0', { beschreibung: 'Originalwerte Kennung' });
    expect(descriptionTokens(v)).toContain('originalwerte');
    expect(descriptionTokens(v)).toContain('kennung');
  });
});

describe('publishedOn and mayBeRederived', () => {
  const older = (version: string, published: string) =>
    field('F05000000010', version, { veroeffentlichungsdatum: published });
  const younger = field('F05000000900', '0.1.0', { veroeffentlichungsdatum: '2025-10-08' });

  it('reads veroeffentlichungsdatum, else statusGesetztAm', () => {
    expect(publishedOn(younger)).toBe('2025-10-08');
    expect(publishedOn(field('F1', '1.0.0', { statusGesetztAm: '2024-01-02' }))).toBe('2024-01-02');
    expect(publishedOn(field('F1', '1.0.0'))).toBeUndefined();
  });

  it('holds for a new major version published on or after the younger element', () => {
    expect(mayBeRederived(older('1.2.1', '2025-11-26'), younger)).toBe(true);
    expect(mayBeRederived(older('1.2.1', '2025-10-08'), younger)).toBe(true);
  });

  it('does not hold before, for a minor revision, or without dates', () => {
    expect(mayBeRederived(older('1.2.1', '2025-10-07'), younger)).toBe(false);
    expect(mayBeRederived(older('0.3.0', '2026-01-01'), younger)).toBe(false);
    expect(mayBeRederived(field('F05000000010', '2.0.0'), younger)).toBe(false);
  });

  it('directionOf names no origin then, and the lower serial number otherwise', () => {
    const o = older('2.1.0', '2025-11-26');
    expect(directionOf(o, younger, true)).toBeUndefined();
    expect(directionOf(o, younger, false)).toBe('a');
    expect(directionOf(younger, older('2.1.0', '2025-01-01'), true)).toBe('b');
  });

  it('directionOf keeps a BOB origin whatever its version', () => {
    const bob = field('F60000000001', '3.0.0', { veroeffentlichungsdatum: '2026-01-01' });
    expect(directionOf(bob, younger, true)).toBe('a');
  });
});
