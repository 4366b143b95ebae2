/**
 * The XDatenfelder adapter's tree conversion: an XDatenfelder 2.0 or 3.0.0 document becomes a keyed tree
 * (schemas, groups, fields, rules and document profiles as nodes keyed `id@version`; `struktur` and
 * `regel` as ordered slots) and back, losslessly.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import type { Xdf2Document } from '../xdatenfelder/v2/index.js';
import type { Xdf3Document } from '../xdatenfelder/v3/index.js';
import { jsonEqual } from './json.js';
import type { ChildRef, Json, KeyedNode, KeyedTree } from './model.js';

/**
 * An XDatenfelder document of either version, tagged with the version.
 *
 * @example
 * ```ts
 * const input: XdfDocument = { version: '3.0.0', document: v3.parse(bytes).value! };
 * ```
 */
export type XdfDocument =
  | { readonly version: '2.0'; readonly document: Xdf2Document }
  | { readonly version: '3.0.0'; readonly document: Xdf3Document };

/**
 * Key of the message (root) node.
 *
 * @example
 * ```ts
 * xdfToTree(doc).tree.root === MESSAGE_KEY; // true
 * ```
 */
export const MESSAGE_KEY = '#message';

/** Model field → element type of the elements that become nodes. */
const ELEMENT_FIELDS: Readonly<Record<string, string>> = {
  stammdatenschema: 'schema',
  datenfeldgruppe: 'group',
  datenfeld: 'field',
  dokumentsteckbrief: 'documentProfile',
  dokumentensteckbrief: 'documentProfile',
  codeliste: 'codeList',
};
const SLOTS = ['struktur', 'regel'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Turns an XDatenfelder message model into a keyed tree. Elements with the same id and version but
 * different content get keys with a `~n` suffix and a `diff/duplicate-element` warning.
 *
 * @example
 * ```ts
 * const { tree } = xdfToTree(doc.document);
 * tree.nodes.get('F60000000339@1.0.0')?.props.name;
 * ```
 */
export function xdfToTree(doc: Xdf2Document | Xdf3Document): { tree: KeyedTree; diagnostics: Diagnostic[] } {
  const nodes = new Map<string, KeyedNode>();
  // The first occurrence of each key; a repeat is compared with it only when one occurs.
  const contents = new Map<string, Obj>();
  const diagnostics: Diagnostic[] = [];
  const model = doc.model as unknown as Obj;

  const visit = (element: Obj, type: string): string => {
    const ident = isObj(element.identifikation) ? element.identifikation : {};
    const id = typeof ident.id === 'string' ? ident.id : '';
    const version = typeof ident.version === 'string' ? ident.version : undefined;
    const base = version === undefined ? id : `${id}@${version}`;
    let key = base;
    for (let n = 2; contents.has(key) && !jsonEqual(contents.get(key) as Json, element as Json); n++) {
      key = `${base}~${n}`;
    }
    if (contents.has(key)) return key;
    if (key !== base) {
      diagnostics.push(
        diagnostic(
          'warning',
          'diff/duplicate-element',
          `${base} occurs with different content; kept as ${key}.`,
          'diff',
        ),
      );
    }
    contents.set(key, element);
    const props: Record<string, Json> = {};
    const slots: Record<string, ChildRef[]> = {};
    for (const [field, value] of Object.entries(element)) {
      if (value === undefined) continue;
      if (field === 'identifikation') {
        const { id: _i, version: _v, ...extras } = ident;
        if (Object.keys(extras).length > 0) props.identifikation = extras as Json;
      } else if ((SLOTS as readonly string[]).includes(field) && Array.isArray(value) && type !== 'rule') {
        slots[field] = [];
      } else {
        props[field] = value as Json;
      }
    }
    const node: KeyedNode = { key, type, id, ...(version === undefined ? {} : { version }), props, slots };
    nodes.set(key, node);
    for (const slot of Object.keys(slots)) {
      const items = element[slot] as readonly Obj[];
      for (const item of items)
        slots[slot]!.push(slot === 'regel' ? { key: visit(item, 'rule'), props: {} } : strukturRef(item));
    }
    return key;
  };
  const strukturRef = (s: Obj): ChildRef => {
    const { enthaelt, ...rest } = s;
    const { datenfeld, datenfeldgruppe, ...extras } = isObj(enthaelt) ? enthaelt : {};
    const child = isObj(datenfeld)
      ? visit(datenfeld, 'field')
      : visit(isObj(datenfeldgruppe) ? datenfeldgruppe : {}, 'group');
    const props: Record<string, Json> = {};
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) props[k] = v as Json;
    if (Object.keys(extras).length > 0) props.enthaelt = extras as Json;
    return { key: child, props };
  };

  const rootProps: Record<string, Json> = {};
  const rootSlots: Record<string, ChildRef[]> = {};
  for (const [field, value] of Object.entries(model)) {
    if (value === undefined) continue;
    const type = ELEMENT_FIELDS[field];
    if (type !== undefined && isObj(value) && isObj(value.identifikation)) {
      rootSlots[field] = [{ key: visit(value, type), props: {} }];
    } else rootProps[field] = value as Json;
  }
  nodes.set(MESSAGE_KEY, {
    key: MESSAGE_KEY,
    type: 'message',
    id: doc.message,
    props: rootProps,
    slots: rootSlots,
  });
  return { tree: { root: MESSAGE_KEY, nodes }, diagnostics };
}

/**
 * Rebuilds an XDatenfelder message model from a keyed tree made by {@link xdfToTree} (or patched).
 *
 * @example
 * ```ts
 * const doc = treeToXdf(xdfToTree(a).tree); // deep-equal to a
 * ```
 */
export function treeToXdf(tree: KeyedTree): { message: string; model: Obj } {
  const built = new Map<string, Obj>();
  const build = (key: string): Obj => {
    const done = built.get(key);
    if (done !== undefined) return done;
    const node = tree.nodes.get(key);
    if (node === undefined) return {};
    const { identifikation, ...props } = node.props;
    const out: Obj = {
      ...props,
      identifikation: {
        ...(isObj(identifikation) ? identifikation : {}),
        id: node.id,
        ...(node.version === undefined ? {} : { version: node.version }),
      },
    };
    for (const [slot, refs] of Object.entries(node.slots)) {
      out[slot] = refs.map((r) => (slot === 'regel' ? build(r.key) : struktur(r)));
    }
    built.set(key, out);
    return out;
  };
  const struktur = (r: ChildRef): Obj => {
    const { enthaelt, ...rest } = r.props;
    const child = tree.nodes.get(r.key);
    const field = child?.type === 'field' ? 'datenfeld' : 'datenfeldgruppe';
    return { ...rest, enthaelt: { ...(isObj(enthaelt) ? enthaelt : {}), [field]: build(r.key) } };
  };
  const root = tree.nodes.get(tree.root);
  const model: Obj = { ...(root?.props ?? {}) };
  for (const [slot, refs] of Object.entries(root?.slots ?? {})) {
    const first = refs[0];
    if (first !== undefined) model[slot] = build(first.key);
  }
  return { message: root?.id ?? '', model };
}
