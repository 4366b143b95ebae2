/**
 * Relevance levels: the table in docs/diff-format.md is the specification; these tests read it and pin
 * the code to it, then check on a real change of each group that filtering keeps exactly what it says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterLevel } from '../../src/diff/engine.js';
import type { Level } from '../../src/diff/model.js';
import { diffXdatenfelder } from '../../src/diff/xdatenfelder.js';
import {
  DESCRIPTIVE_PROPERTIES,
  HISTORY_PROPERTIES,
  LABEL_PROPERTIES,
  xdfPropertyLevel,
} from '../../src/diff/xdatenfelder-profile.js';
import { repoRoot } from '../support/shared.js';
import { schemaOf, testSchema } from './fixtures.js';

const doc = readFileSync(path.join(repoRoot, 'docs/diff-format.md'), 'utf8');

/** The backticked names in the row `| <level> | ... |` of the levels table. */
function documented(level: Level): string[] {
  const row = doc.split('\n').find((l) => l.startsWith(`| ${level} |`));
  if (row === undefined) throw new Error(`no row for level ${level}`);
  return [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

describe('relevance levels as documented', () => {
  it('level-0, level-1 and level-2 properties are exactly the documented lists', () => {
    expect(documented(0)).toEqual([...HISTORY_PROPERTIES]);
    expect(documented(1)).toEqual([...DESCRIPTIVE_PROPERTIES]);
    expect(documented(2)).toEqual([...LABEL_PROPERTIES]);
  });

  it('every documented property gets its level; the level-3 examples get 3', () => {
    for (const level of [0, 1, 2] as const) {
      for (const p of documented(level)) expect(xdfPropertyLevel('field', p), p).toBe(level);
    }
    for (const p of documented(3).filter((x) => /^[a-z]/.test(x) && !x.includes(' '))) {
      if (['added', 'removed', 'moved', 'reordered', 'reidentified'].includes(p)) continue;
      expect(xdfPropertyLevel('field', p), p).toBe(3);
    }
  });

  it('the spec lists (Version … Letzte Änderung; Stichwörter … Relationen) map to these model fields', () => {
    // spec level 1: Version, Versionshinweis, Name, Fachlicher Ersteller, Status, Status gesetzt am,
    // Veröffentlichungsdatum, Letzte Änderung
    for (const p of [
      'version',
      'versionshinweis',
      'name',
      'fachlicherErsteller',
      'freigabestatus',
      'status',
      'statusGesetztAm',
      'veroeffentlichungsdatum',
      'letzteAenderung',
    ]) {
      expect(xdfPropertyLevel('group', p), p).toBe(0);
    }
    // spec level 2: Stichwörter, Definition, Handlungsgrundlagen, Beschreibung, Änderbarkeit Struktur /
    // Repräsentation, Strukturelementart, Vorbefüllung, Gültig ab/bis, Dokumentsteckbrief, Relationen
    for (const p of [
      'stichwort',
      'definition',
      'bezug',
      'beschreibung',
      'ableitungsmodifikationenStruktur',
      'ableitungsmodifikationenRepraesentation',
      'schemaelementart',
      'vorbefuellung',
      'gueltigAb',
      'gueltigBis',
      'dokumentsteckbrief',
      'relation',
    ]) {
      expect(xdfPropertyLevel('schema', p), p).toBe(1);
    }
    // spec level 3: labels and help texts
    for (const p of ['bezeichnungEingabe', 'bezeichnungAusgabe', 'hilfetextEingabe', 'hilfetextAusgabe']) {
      expect(xdfPropertyLevel('field', p), p).toBe(2);
    }
    expect(xdfPropertyLevel('message', 'header')).toBe(0);
  });

  it('filters one change of each group exactly: level N keeps the changes of level N and above', () => {
    const a = testSchema();
    const b = testSchema();
    const g = schemaOf(b).struktur[0]!.enthaelt.datenfeldgruppe!;
    const f = g.struktur[0]!.enthaelt.datenfeld!;
    f.letzteAenderung = '2025-02-02T00:00:00Z'; // level 0
    f.definition = 'neu'; // level 1
    f.bezeichnungEingabe = 'Nachname'; // level 2
    f.datentyp = { ...f.datentyp, code: 'num' }; // level 3
    g.struktur[1]!.anzahl = '1:1'; // level 3 (cardinality narrowed)
    const all = diffXdatenfelder({ version: '3.0.0', document: a }, { version: '3.0.0', document: b }).value!;
    const props = (level: Level) =>
      filterLevel(all.changes, level)
        .map((c) => c.property)
        .sort();
    expect(props(0)).toEqual([
      'bezeichnungEingabe',
      'datentyp',
      'definition',
      'letzteAenderung',
      'ref.anzahl',
    ]);
    expect(props(1)).toEqual(['bezeichnungEingabe', 'datentyp', 'definition', 'ref.anzahl']);
    expect(props(2)).toEqual(['bezeichnungEingabe', 'datentyp', 'ref.anzahl']);
    expect(props(3)).toEqual(['datentyp', 'ref.anzahl']);
    const l2 = diffXdatenfelder(
      { version: '3.0.0', document: a },
      { version: '3.0.0', document: b },
      { level: 2 },
    ).value!;
    expect(l2.level).toBe(2);
    expect(l2.changes.map((c) => c.property).sort()).toEqual(props(2));
    expect(l2.summary.total).toBe(3);
  });
});
