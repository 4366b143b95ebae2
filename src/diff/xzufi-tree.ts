/**
 * The XZuFi 2.2.0 adapter's tree conversion: a Leistung becomes a keyed tree, losslessly. Text modules
 * are nodes keyed by their LeiKa text module code (`text/06`), each language of their `inhalt` a node of
 * its own (`text/06/de`); Kosten, Fristen and Unterlagen (eingehende and ausgehende Dokumente) are nodes
 * under their module. Everything else stays a property of the Leistung node.
 *
 * @module
 */
import type { Leistung } from '../xzufi/v2_2/index.js';
import type { ChildRef, Json, KeyedNode, KeyedTree } from './model.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Key of the Leistung (root) node of an XZuFi tree.
 *
 * @example
 * ```ts
 * xzufiToTree(leistung).root === LEISTUNG_KEY; // true
 * ```
 */
export const LEISTUNG_KEY = '#leistung';

/** Modules with their own node, and the slots (arrays) of that node. */
const MODULES: Readonly<Record<string, { type: string; slots: Readonly<Record<string, string>> }>> = {
  modulKosten: { type: 'costModule', slots: { kosten: 'cost' } },
  modulFrist: { type: 'deadlineModule', slots: { frist: 'deadline' } },
  modulDokument: {
    type: 'documentModule',
    slots: { dokumentEingehend: 'document', dokumentAusgehend: 'document' },
  },
};
const TEXT_SLOTS: Readonly<Record<string, { type: string; code: string }>> = {
  modulText: { type: 'textModule', code: 'leikaTextmodul' },
  modulTextIndividuell: { type: 'individualTextModule', code: 'individuellesTextmodultyp' },
};

function codeOf(v: unknown): string | undefined {
  return isObj(v) ? str(v.code) : undefined;
}

function firstText(v: unknown): string | undefined {
  return Array.isArray(v) && isObj(v[0]) ? str(v[0].value) : undefined;
}

/** The identifying label of a Kosten, Frist or Dokument entry. */
function labelOf(type: string, item: Obj): string {
  if (type === 'document') {
    const typ = isObj(item.typ) ? item.typ : {};
    return codeOf(typ.code) ?? str(typ.nichtGelisteterWert) ?? firstText(item.bezeichnung) ?? '';
  }
  return codeOf(item.typ) ?? '';
}

/**
 * Turns a Leistung into a keyed tree.
 *
 * @example
 * ```ts
 * const tree = xzufiToTree(doc.model);
 * tree.nodes.get('text/06/de')?.props.value; // the German HTML text of module 06
 * ```
 */
export function xzufiToTree(leistung: Leistung): KeyedTree {
  const nodes = new Map<string, KeyedNode>();
  const unique = (base: string) => {
    let key = base;
    for (let n = 2; nodes.has(key); n++) key = `${base}~${n}`;
    return key;
  };
  const add = (node: KeyedNode) => {
    nodes.set(node.key, node);
    return { key: node.key, props: {} } satisfies ChildRef;
  };
  const props = (o: Obj, omit: readonly string[]): Record<string, Json> => {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(o)) if (v !== undefined && !omit.includes(k)) out[k] = v as Json;
    return out;
  };
  const model = leistung as unknown as Obj;
  const rootSlots: Record<string, ChildRef[]> = {};
  const omit: string[] = [];

  for (const [field, spec] of Object.entries(TEXT_SLOTS)) {
    const items = model[field];
    if (!Array.isArray(items)) continue;
    omit.push(field);
    rootSlots[field] = items.map((m: Obj) => {
      const code = codeOf(m[spec.code]) ?? '';
      const prefix = field === 'modulText' ? 'text/' : 'individual/';
      const key = unique(`${prefix}${code}`);
      const moduleId = key.slice(prefix.length);
      const inhalt = Array.isArray(m.inhalt) ? (m.inhalt as Obj[]) : [];
      const texts = inhalt.map((t) => {
        const lang = str(t.languageCode) ?? '';
        const textKey = unique(`${key}/${lang}`);
        const id = textKey.slice(prefix.length);
        return add({ key: textKey, type: 'text', id, props: props(t, []), slots: {} });
      });
      return add({
        key,
        type: spec.type,
        id: moduleId,
        props: props(m, ['inhalt']),
        slots: { inhalt: texts },
      });
    });
  }
  for (const [field, spec] of Object.entries(MODULES)) {
    const m = model[field];
    if (!isObj(m)) continue;
    omit.push(field);
    const slots: Record<string, ChildRef[]> = {};
    for (const [slot, type] of Object.entries(spec.slots)) {
      const items = Array.isArray(m[slot]) ? (m[slot] as Obj[]) : [];
      slots[slot] = items.map((item) => {
        const key = unique(`${slot}/${labelOf(type, item)}`);
        return add({ key, type, id: key, props: props(item, []), slots: {} });
      });
    }
    rootSlots[field] = [
      add({ key: field, type: spec.type, id: field, props: props(m, Object.keys(spec.slots)), slots }),
    ];
  }
  const ident = isObj(model.id) ? str(model.id.value) : undefined;
  nodes.set(LEISTUNG_KEY, {
    key: LEISTUNG_KEY,
    type: 'leistung',
    id: ident ?? '',
    props: props(model, omit),
    slots: rootSlots,
  });
  return { root: LEISTUNG_KEY, nodes };
}

/**
 * Rebuilds a Leistung from a keyed tree made by {@link xzufiToTree} (or patched).
 *
 * @example
 * ```ts
 * const leistung = treeToXzufi(xzufiToTree(a)); // deep-equal to a
 * ```
 */
export function treeToXzufi(tree: KeyedTree): Leistung {
  const node = (key: string) => tree.nodes.get(key);
  const root = node(tree.root);
  const out: Obj = { ...(root?.props ?? {}) };
  for (const [slot, refs] of Object.entries(root?.slots ?? {})) {
    if (slot in TEXT_SLOTS) {
      out[slot] = refs.map((r) => {
        const m = node(r.key);
        return {
          ...(m?.props ?? {}),
          inhalt: (m?.slots.inhalt ?? []).map((t) => ({ ...(node(t.key)?.props ?? {}) })),
        };
      });
      continue;
    }
    const m = refs[0] === undefined ? undefined : node(refs[0].key);
    if (m === undefined) continue;
    const module: Obj = { ...m.props };
    for (const [s, items] of Object.entries(m.slots)) {
      module[s] = items.map((i) => ({ ...(node(i.key)?.props ?? {}) }));
    }
    out[slot] = module;
  }
  return out as unknown as Leistung;
}
