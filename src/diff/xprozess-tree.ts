/**
 * The XProzess 2.0 adapter's tree conversion: a message becomes a keyed tree, losslessly. Process
 * classes (`prozessklasse/<id>@<version>`) and processes (`prozess/<id>@<version>`) are nodes under
 * their catalogue and library, the FIM activity groups of a process
 * (`aktivitaetengruppe/<prozess id>/<id>`) nodes under their process.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import type { XprozessDocument } from '../xprozess/v2/index.js';
import type { ChildRef, Json, KeyedNode, KeyedTree } from './model.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Key of the message (root) node of an XProzess tree.
 *
 * @example
 * ```ts
 * xprozessToTree(doc).tree.root === XPROZESS_MESSAGE_KEY; // true
 * ```
 */
export const XPROZESS_MESSAGE_KEY = '#message';

/** Container → [node type, item field, item type, key prefix]. */
const CONTAINERS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  prozesskatalog: ['processCatalog', 'prozessklasse', 'processClass', 'prozessklasse/'],
  prozessbibliothek: ['processLibrary', 'prozess', 'process', 'prozess/'],
};

function props(o: Obj, omit: readonly string[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && !omit.includes(k)) out[k] = v as Json;
  return out;
}

/** The activity group list of a process, when it has a FIM structure description. */
function groupsOf(p: Obj): Obj[] | undefined {
  const s = isObj(p.prozessstrukturbeschreibung) ? p.prozessstrukturbeschreibung : undefined;
  const fim = s !== undefined && isObj(s.strukturbeschreibungFIM) ? s.strukturbeschreibungFIM : undefined;
  return fim !== undefined && Array.isArray(fim.aktivitaetengruppe)
    ? (fim.aktivitaetengruppe as Obj[])
    : undefined;
}

/**
 * Turns an XProzess message into a keyed tree. Elements with the same id and version but different
 * content get keys with a `~n` suffix and a `diff/duplicate-element` warning.
 *
 * @example
 * ```ts
 * const { tree } = xprozessToTree(doc);
 * tree.nodes.get('prozess/99006028261000@01.00.00')?.props.name;
 * ```
 */
export function xprozessToTree(doc: XprozessDocument): { tree: KeyedTree; diagnostics: Diagnostic[] } {
  const nodes = new Map<string, KeyedNode>();
  const diagnostics: Diagnostic[] = [];
  const unique = (base: string, warn: boolean) => {
    let key = base;
    for (let n = 2; nodes.has(key); n++) key = `${base}~${n}`;
    if (warn && key !== base) {
      diagnostics.push(
        diagnostic('warning', 'diff/duplicate-element', `${base} occurs twice; kept as ${key}.`, 'diff'),
      );
    }
    return key;
  };
  const add = (node: KeyedNode): ChildRef => {
    nodes.set(node.key, node);
    return { key: node.key, props: {} };
  };
  const model = doc.model as unknown as Obj;
  const rootSlots: Record<string, ChildRef[]> = {};
  for (const [field, [type, itemField, itemType, prefix]] of Object.entries(CONTAINERS)) {
    const c = model[field];
    if (!isObj(c)) continue;
    const items = Array.isArray(c[itemField]) ? (c[itemField] as Obj[]) : [];
    const refs = items.map((item) => {
      const id = str(item.id) ?? '';
      const version = str(item.version);
      const base = `${prefix}${id}${version === undefined ? '' : `@${version}`}`;
      const key = unique(base, true);
      const groups = itemType === 'process' ? groupsOf(item) : undefined;
      const slots: Record<string, ChildRef[]> = {};
      let own = props(item, ['id', 'version']);
      if (groups !== undefined) {
        const s = item.prozessstrukturbeschreibung as Obj;
        const { aktivitaetengruppe: _g, ...fim } = s.strukturbeschreibungFIM as Obj;
        own = { ...own, prozessstrukturbeschreibung: { ...s, strukturbeschreibungFIM: fim } as Json };
        slots.aktivitaetengruppe = groups.map((g) => {
          const gKey = unique(`aktivitaetengruppe/${id}/${str(g.id) ?? ''}`, false);
          const gId = gKey.slice('aktivitaetengruppe/'.length);
          return add({ key: gKey, type: 'activityGroup', id: gId, props: props(g, []), slots: {} });
        });
      }
      return add({
        key,
        type: itemType,
        id,
        ...(version === undefined ? {} : { version }),
        props: own,
        slots,
      });
    });
    rootSlots[field] = [
      add({ key: `#${field}`, type, id: field, props: props(c, [itemField]), slots: { [itemField]: refs } }),
    ];
  }
  nodes.set(XPROZESS_MESSAGE_KEY, {
    key: XPROZESS_MESSAGE_KEY,
    type: 'message',
    id: doc.message,
    props: props(model, Object.keys(CONTAINERS)),
    slots: rootSlots,
  });
  return { tree: { root: XPROZESS_MESSAGE_KEY, nodes }, diagnostics };
}

/**
 * Rebuilds an XProzess message from a keyed tree made by {@link xprozessToTree} (or patched).
 *
 * @example
 * ```ts
 * const doc = treeToXprozess(xprozessToTree(a).tree); // deep-equal to a
 * ```
 */
export function treeToXprozess(tree: KeyedTree): XprozessDocument {
  const node = (key: string) => tree.nodes.get(key);
  const root = node(tree.root);
  const model: Obj = { ...(root?.props ?? {}) };
  for (const [field, refs] of Object.entries(root?.slots ?? {})) {
    const spec = CONTAINERS[field];
    const c = refs[0] === undefined ? undefined : node(refs[0].key);
    if (spec === undefined || c === undefined) continue;
    const [, itemField] = spec;
    model[field] = {
      ...c.props,
      [itemField]: (c.slots[itemField] ?? []).map((r) => {
        const item = node(r.key);
        const out: Obj = {
          ...(item?.props ?? {}),
          id: item?.id ?? '',
          ...(item?.version === undefined ? {} : { version: item.version }),
        };
        const groups = item?.slots.aktivitaetengruppe;
        const s = out.prozessstrukturbeschreibung;
        // the binding always gives the list, so a FIM structure description always gets one back
        if (isObj(s) && isObj(s.strukturbeschreibungFIM)) {
          out.prozessstrukturbeschreibung = {
            ...s,
            strukturbeschreibungFIM: {
              ...s.strukturbeschreibungFIM,
              aktivitaetengruppe: (groups ?? []).map((g) => ({ ...(node(g.key)?.props ?? {}) })),
            },
          };
        }
        return out;
      }),
    };
  }
  return { message: root?.id ?? '', model } as unknown as XprozessDocument;
}
