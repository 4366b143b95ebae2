/**
 * Derives realistic local variants from a Stamm schema (XDatenfelder 3.0.0), knowing the truth: which
 * template change each variant carries, the expected clusters, and the expected violations under the
 * Stamm's Ableitungsmodifikationen (XSD meanings, restated here independently of src/harmonise).
 *
 * Templates (each applied to a variant with its probability, seeded):
 *   relabel      field 0 bezeichnungEingabe + " (lokal)"            representation
 *   restrict     field 1 maxLength halved (or 50 when unbounded)    restriction
 *   add-1..3     a local optional field added to the schema root    extension
 *   drop         an optional child of a group dropped               restriction
 *   values       one Werteliste value removed (if any)              restriction
 *   retype       field 2 datentyp text -> string                    other
 *   noise        field 3 relabelled uniquely per variant            representation (never clusters)
 *
 * @module
 */

const STRUKTUR_ALLOWS = {
  0: [],
  1: ['restriction'],
  2: ['extension'],
  3: ['restriction', 'extension', 'other'],
};
const REPR_ALLOWS = { 0: [], 1: ['representation'] };

export const TEMPLATES = [
  { name: 'relabel', p: 0.5, kind: 'representation' },
  { name: 'restrict', p: 0.3, kind: 'restriction' },
  { name: 'add-1', p: 0.2, kind: 'extension' },
  { name: 'add-2', p: 0.1, kind: 'extension' },
  { name: 'add-3', p: 0.04, kind: 'extension' },
  { name: 'drop', p: 0.15, kind: 'restriction' },
  { name: 'values', p: 0.1, kind: 'restriction' },
  { name: 'retype', p: 0.05, kind: 'other' },
  { name: 'noise', p: 0.3, kind: 'representation' },
];

/** Small seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* walk(struktur, parent) {
  for (const s of struktur) {
    yield { s, parent };
    const g = s.enthaelt.datenfeldgruppe;
    if (g !== undefined) yield* walk(g.struktur, g);
  }
}

/** Picks the elements the templates act on (by id, so every occurrence is changed alike). */
export function planTargets(stamm) {
  const schema = stamm.model.stammdatenschema;
  const text = [];
  let werte;
  let drop;
  const seen = new Set();
  for (const { s, parent } of walk(schema.struktur, schema)) {
    const f = s.enthaelt.datenfeld;
    if (f !== undefined && !seen.has(f.identifikation.id)) {
      seen.add(f.identifikation.id);
      if (f.datentyp.code === 'text' && f.feldart.code === 'input') text.push(f.identifikation.id);
      if (werte === undefined && f.werte !== undefined && f.werte.wert.length >= 2)
        werte = f.identifikation.id;
    }
    if (drop === undefined && parent !== schema && /^0:/.test(s.anzahl)) {
      const el = s.enthaelt.datenfeld ?? s.enthaelt.datenfeldgruppe;
      drop = { group: parent.identifikation.id, child: el.identifikation.id };
    }
  }
  // The dropped child must not be one of the other templates' targets.
  const usable = text.filter((id) => id !== drop?.child && id !== werte);
  if (usable.length < 4) throw new Error('the Stamm needs at least 4 text input fields');
  return { text: usable, werte, drop };
}

const fieldIn = (struktur, id, fn) => {
  for (const { s } of walk(struktur)) {
    const f = s.enthaelt.datenfeld;
    if (f !== undefined && f.identifikation.id === id) fn(f);
  }
};

function localField(template, i) {
  return {
    anzahl: '0:1',
    bezug: [],
    enthaelt: {
      datenfeld: {
        identifikation: { id: `F99${String(900000 + template).padStart(9, '0')}`, version: '1.0.0' },
        name: `Lokales Feld ${template}`,
        bezug: [],
        freigabestatus: {
          listURI: 'urn:xoev-de:xprozess:codeliste:status',
          listVersionID: '2022-07-12',
          code: '6',
        },
        letzteAenderung: '2026-11-20T10:00:00+01:00',
        relation: [],
        stichwort: [],
        bezeichnungEingabe:
          ['Aktenzeichen der Gemeinde', 'Ortsteil', 'Bemerkung der Gemeinde'][template - 1] ?? `Feld ${i}`,
        schemaelementart: {
          listURI: 'urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart',
          listVersionID: '1.0',
          code: 'RNG',
        },
        feldart: {
          listURI: 'urn:xoev-de:fim:codeliste:xdatenfelder.feldart',
          listVersionID: '2.0',
          code: 'input',
        },
        datentyp: {
          listURI: 'urn:xoev-de:fim:codeliste:xdatenfelder.datentyp',
          listVersionID: '2.0',
          code: 'text',
        },
        praezisierung: { maxLength: '100', value: '' },
        vorbefuellung: {
          listURI: 'urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung',
          listVersionID: '1.0',
          code: 'keine',
        },
        regel: [],
        mediaType: [],
      },
    },
  };
}

/**
 * Derives variant `i`: returns the document and the templates applied.
 */
export function deriveVariant(stamm, targets, i, random) {
  const doc = structuredClone(stamm);
  const schema = doc.model.stammdatenschema;
  schema.identifikation = { id: `S99${String(100000000 + i).slice(-9)}`, version: '1.0.0' };
  const applied = [];
  for (const t of TEMPLATES) {
    if (random() >= t.p) continue;
    if (t.name === 'relabel')
      fieldIn(
        schema.struktur,
        targets.text[0],
        (f) => (f.bezeichnungEingabe = `${f.bezeichnungEingabe} (lokal)`),
      );
    else if (t.name === 'restrict')
      fieldIn(schema.struktur, targets.text[1], (f) => {
        const max = Number(f.praezisierung?.maxLength ?? 100);
        f.praezisierung = {
          ...(f.praezisierung ?? { value: '' }),
          maxLength: String(Math.max(1, Math.floor(max / 2))),
        };
      });
    else if (t.name.startsWith('add-')) schema.struktur.push(localField(Number(t.name.slice(4)), i));
    else if (t.name === 'drop') {
      if (targets.drop === undefined) continue;
      for (const { s } of walk(schema.struktur)) {
        const g = s.enthaelt.datenfeldgruppe;
        if (g !== undefined && g.identifikation.id === targets.drop.group) {
          g.struktur = g.struktur.filter(
            (c) =>
              (c.enthaelt.datenfeld ?? c.enthaelt.datenfeldgruppe).identifikation.id !== targets.drop.child,
          );
        }
      }
    } else if (t.name === 'values') {
      if (targets.werte === undefined) continue;
      fieldIn(schema.struktur, targets.werte, (f) => (f.werte = { ...f.werte, wert: f.werte.wert.slice(1) }));
    } else if (t.name === 'retype')
      fieldIn(schema.struktur, targets.text[2], (f) => (f.datentyp = { ...f.datentyp, code: 'string' }));
    else if (t.name === 'noise')
      fieldIn(
        schema.struktur,
        targets.text[3],
        (f) => (f.bezeichnungEingabe = `${f.bezeichnungEingabe} ${i}`),
      );
    applied.push(t);
  }
  return { document: doc, applied };
}

/** Whether a change kind is allowed under the codes (XSD table, restated). */
export function allowedUnder(kind, struktur, repr) {
  if (kind === 'representation') return (REPR_ALLOWS[repr] ?? []).includes(kind);
  return (STRUKTUR_ALLOWS[struktur] ?? []).includes(kind);
}

/**
 * Sets the Stamm's Ableitungsmodifikationen (the measured Stamm gets Struktur 1 by default so that
 * extensions and other structural changes are forbidden).
 */
export function withCodes(stamm, struktur, repr) {
  const doc = structuredClone(stamm);
  const s = doc.model.stammdatenschema;
  if (struktur !== undefined)
    s.ableitungsmodifikationenStruktur = { ...s.ableitungsmodifikationenStruktur, code: struktur };
  if (repr !== undefined)
    s.ableitungsmodifikationenRepraesentation = { ...s.ableitungsmodifikationenRepraesentation, code: repr };
  return doc;
}
