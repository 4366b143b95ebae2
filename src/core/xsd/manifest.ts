/**
 * The manifest of the official XSD sets fimkit validates against: for each standard and version, the
 * folder of the set and its entry schema, relative to a user-supplied XSD root directory.
 *
 * The same data ships as `xsd/manifest.json` at the package root (for tools outside TypeScript); a test
 * keeps both identical. The XSD files themselves are not shipped, see `xsd/README.md`.
 *
 * @module
 */

/**
 * A standard that has at least one schema set in {@link XSD_MANIFEST}.
 *
 * @example
 * ```ts
 * const s: XsdStandard = 'xdatenfelder';
 * ```
 */
export type XsdStandard = 'xdatenfelder' | 'genericode';

/**
 * One official schema set: where its entry XSD lives below the XSD root and which namespace it defines.
 *
 * @example
 * ```ts
 * const set: XsdSet = {
 *   standard: 'genericode', version: '1.0', namespace: 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/',
 *   dir: 'genericode-1.0', entry: 'genericode.xsd',
 * };
 * ```
 */
export interface XsdSet {
  /** Standard name as used across fimkit (`xdatenfelder`, `genericode`). */
  readonly standard: XsdStandard;
  /** Version of the standard, as the standard writes it (`2.0`, `3.0.0`). */
  readonly version: string;
  /** Target namespace of the entry schema (the root element namespace of instance documents). */
  readonly namespace: string;
  /** Folder of the set, relative to the XSD root directory. */
  readonly dir: string;
  /** Entry-point schema, relative to {@link XsdSet.dir}; it includes or imports the rest of the set. */
  readonly entry: string;
}

const set = (s: XsdSet): XsdSet => Object.freeze(s);

/**
 * All schema sets fimkit knows, in the order of `xsd/manifest.json`.
 *
 * @example
 * ```ts
 * XSD_MANIFEST.map((s) => `${s.standard} ${s.version}`); // ['xdatenfelder 2.0', 'xdatenfelder 3.0.0', 'genericode 1.0']
 * ```
 */
export const XSD_MANIFEST: readonly XsdSet[] = Object.freeze([
  set({
    standard: 'xdatenfelder',
    version: '2.0',
    namespace: 'urn:xoev-de:fim:standard:xdatenfelder_2',
    dir: 'xdatenfelder-2.0',
    entry: 'xdatenfelder.xsd',
  }),
  set({
    standard: 'xdatenfelder',
    version: '3.0.0',
    namespace: 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0',
    dir: 'xdatenfelder-3.0.0',
    entry: 'xdatenfelder.xsd',
  }),
  set({
    standard: 'genericode',
    version: '1.0',
    namespace: 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/',
    dir: 'genericode-1.0',
    entry: 'genericode.xsd',
  }),
]);

/**
 * Finds the schema set for a standard and version, or `undefined` when fimkit has none.
 *
 * @example
 * ```ts
 * findXsdSet('xdatenfelder', '3.0.0')?.entry; // 'xdatenfelder.xsd'
 * findXsdSet('xdatenfelder', '3.0.2'); // undefined
 * ```
 */
export function findXsdSet(standard: string, version: string): XsdSet | undefined {
  return XSD_MANIFEST.find((s) => s.standard === standard && s.version === version);
}

/**
 * Finds the schema set whose target namespace is `namespace` (the root element namespace of a document).
 *
 * @example
 * ```ts
 * findXsdSetByNamespace('urn:xoev-de:fim:standard:xdatenfelder_2')?.version; // '2.0'
 * ```
 */
export function findXsdSetByNamespace(namespace: string): XsdSet | undefined {
  return XSD_MANIFEST.find((s) => s.namespace === namespace);
}
