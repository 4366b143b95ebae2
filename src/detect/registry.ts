/**
 * The registry of FIM document formats: plain data, keyed by the root element's namespace URI and local
 * name. {@link detect} reads nothing but this table; adding a standard or a version is adding a row.
 *
 * Evidence levels follow `../shared/spec`: `xsd` = a global element of the official XSD, `verified` = seen in
 * real files or in independent programs that parse real files, `inferred` = naming convention or analogy,
 * to be confirmed against the official XSD.
 *
 * @module
 */

/**
 * A standard fimkit recognises.
 *
 * @example
 * ```ts
 * const s: FimStandard = 'xdatenfelder';
 * ```
 */
export type FimStandard = 'xdatenfelder' | 'genericode' | 'xzufi' | 'xprozess';

/**
 * How firm a registry fact is: `xsd` (global element of the official XSD), `verified` (seen in real
 * files or independent parsers of real files), `inferred` (convention or analogy; not confirmed).
 *
 * @example
 * ```ts
 * const e: Evidence = 'inferred';
 * ```
 */
export type Evidence = 'xsd' | 'verified' | 'inferred';

/**
 * One message (document type) of a format: the root element that starts it.
 *
 * @example
 * ```ts
 * const m: MessageEntry = {
 *   root: 'xdatenfelder.stammdatenschema.0102', code: '0102', title: 'Stammdatenschema', evidence: 'xsd',
 * };
 * ```
 */
export interface MessageEntry {
  /** Local name of the root element, e.g. `xdatenfelder.stammdatenschema.0102`. */
  readonly root: string;
  /** XÖV message number, where the name carries one (`0102`). */
  readonly code?: string;
  /** Short human-readable title. */
  readonly title: string;
  /** How firm the fact is. */
  readonly evidence: Evidence;
}

/**
 * One version of one standard: its namespace and its messages.
 *
 * @example
 * ```ts
 * const f = FORMATS.find((f) => f.standard === 'genericode');
 * f?.messages[0]?.root; // 'CodeList'
 * ```
 */
export interface FormatEntry {
  /** Standard name, as used across fimkit (and by `XSD_MANIFEST`). */
  readonly standard: FimStandard;
  /** Version as the standard writes it; for standards with an XSD set, the same string as `XSD_MANIFEST`. */
  readonly version: string;
  /** Human-readable name of the standard and version, e.g. `XDatenfelder 3.0.0`. */
  readonly label: string;
  /** Namespace URI of the root element. */
  readonly namespace: string;
  /** False for versions fimkit recognises but does not read (XDatenfelder 1, XZuFi 2.1). */
  readonly supported: boolean;
  /** The messages (root elements) of this version. */
  readonly messages: readonly MessageEntry[];
  /**
   * True when the message root names are not firmly known, so any root element in the namespace is
   * accepted and reported under its own name (XZuFi, see `spec/xzufi.md` §2).
   */
  readonly anyRoot: boolean;
  /** How firm the namespace is. */
  readonly evidence: Evidence;
  /** What a user should know: why unsupported, what is inferred, what is not implemented yet. */
  readonly note?: string;
}

/**
 * A namespace prefix shared by all versions of a standard; a namespace with this prefix that matches no
 * {@link FormatEntry} is an unknown version of a known standard (`detect/unknown-version`).
 *
 * @example
 * ```ts
 * FAMILIES.find((f) => 'urn:xoev-de:fim:standard:xdatenfelder_9'.startsWith(f.namespacePrefix))?.standard;
 * // 'xdatenfelder'
 * ```
 */
export interface FamilyEntry {
  readonly standard: FimStandard;
  readonly label: string;
  readonly namespacePrefix: string;
}

const xdfMessages = (evidence: Evidence, withTranslation: boolean): MessageEntry[] => {
  const m: MessageEntry[] = [
    { root: 'xdatenfelder.dokumentsteckbrief.0101', code: '0101', title: 'Dokumentsteckbrief', evidence },
    { root: 'xdatenfelder.stammdatenschema.0102', code: '0102', title: 'Stammdatenschema', evidence },
    { root: 'xdatenfelder.datenfeldgruppe.0103', code: '0103', title: 'Datenfeldgruppe', evidence },
    { root: 'xdatenfelder.datenfeld.0104', code: '0104', title: 'Datenfeld', evidence },
    { root: 'xdatenfelder.codeliste.0105', code: '0105', title: 'Codeliste', evidence },
  ];
  if (withTranslation) {
    m.push({ root: 'xdatenfelder.uebersetzung.0106', code: '0106', title: 'Übersetzung', evidence });
  }
  m.push(
    {
      root: 'verzeichnis.datenfeldbaukasten.0201',
      code: '0201',
      title: 'Verzeichnis Datenfeldbaukasten',
      evidence,
    },
    {
      root: 'verzeichnis.datenfeldkatalog.0202',
      code: '0202',
      title: 'Verzeichnis Datenfeldkatalog',
      evidence,
    },
    {
      root: 'verzeichnis.stammdatenschemabibliothek.0203',
      code: '0203',
      title: 'Verzeichnis Stammdatenschemabibliothek',
      evidence,
    },
  );
  return m;
};

const xprozessMessages: MessageEntry[] = [
  ['prozesskatalog.anfrage.0101', 'Prozesskatalog Anfrage'],
  ['prozesskatalog.antwort.0102', 'Prozesskatalog Antwort'],
  ['prozesskatalog.export.0103', 'Prozesskatalog Export'],
  ['prozessbibliothek.anfrage.0201', 'Prozessbibliothek Anfrage'],
  ['prozessbibliothek.antwort.0202', 'Prozessbibliothek Antwort'],
  ['prozessbibliothek.export.0203', 'Prozessbibliothek Export'],
  ['alleInhalte.anfrage.0301', 'Alle Inhalte Anfrage'],
  ['alleInhalte.antwort.0302', 'Alle Inhalte Antwort'],
  ['alleInhalte.export.0303', 'Alle Inhalte Export'],
].map(([root, title]) => ({
  root: root!,
  code: root!.slice(-4),
  title: title!,
  // spec/xprozess.md §2: root names from generated bindings of the XSD; 0303 also seen in a real export.
  evidence: root === 'alleInhalte.export.0303' ? 'verified' : 'inferred',
}));

const freeze = <T>(value: T): T => Object.freeze(value);

/**
 * Every format fimkit recognises. Sources: the official XSDs in `../shared/xsd` (XDatenfelder 2.0, 3.0.0,
 * genericode 1.0), `spec/xzufi.md` §1–2 (XZuFi), `spec/xprozess.md` §1–2 (XProzess), `spec/xdatenfelder.md`
 * (XDatenfelder 1).
 *
 * @example
 * ```ts
 * FORMATS.filter((f) => f.supported).map((f) => f.label);
 * ```
 */
export const FORMATS: readonly FormatEntry[] = freeze([
  freeze<FormatEntry>({
    standard: 'xdatenfelder',
    version: '1',
    label: 'XDatenfelder 1',
    namespace: 'urn:xoev-de:fim:standard:xdatenfelder_1',
    supported: false,
    messages: [
      {
        root: 'xdatenfelder.stammdatenschema.0102001',
        code: '0102001',
        title: 'Stammdatenschema',
        evidence: 'verified',
      },
    ],
    anyRoot: true,
    evidence: 'verified',
    note:
      'XDatenfelder 1 is a legacy version that fimkit does not read. Export the schema as XDatenfelder 2.0 ' +
      'or 3.0.0 (FIM Portal) and inspect that file instead.',
  }),
  freeze<FormatEntry>({
    standard: 'xdatenfelder',
    version: '2.0',
    label: 'XDatenfelder 2.0',
    namespace: 'urn:xoev-de:fim:standard:xdatenfelder_2',
    supported: true,
    messages: [
      ...xdfMessages('xsd', false),
      { root: 'sync.anfrage.0301', code: '0301', title: 'Synchronisation Anfrage', evidence: 'xsd' },
      { root: 'sync.antwort.0302', code: '0302', title: 'Synchronisation Antwort', evidence: 'xsd' },
      { root: 'sync.abruf.0303', code: '0303', title: 'Synchronisation Abruf', evidence: 'xsd' },
      { root: 'such.anfrage.0401', code: '0401', title: 'Suche Anfrage', evidence: 'xsd' },
      { root: 'such.antwort.0402', code: '0402', title: 'Suche Antwort', evidence: 'xsd' },
    ],
    anyRoot: false,
    evidence: 'xsd',
  }),
  freeze<FormatEntry>({
    standard: 'xdatenfelder',
    version: '3.0.0',
    label: 'XDatenfelder 3.0.0',
    namespace: 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0',
    supported: true,
    messages: xdfMessages('xsd', true),
    anyRoot: false,
    evidence: 'xsd',
  }),
  freeze<FormatEntry>({
    standard: 'genericode',
    version: '1.0',
    label: 'genericode 1.0',
    namespace: 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/',
    supported: true,
    messages: [{ root: 'CodeList', title: 'Code list', evidence: 'xsd' }],
    anyRoot: false,
    evidence: 'xsd',
    note:
      'FIM exports often qualify the child elements (gc:Identification), which genericode 1.0 forbids; ' +
      'detection looks at the root only.',
  }),
  freeze<FormatEntry>({
    standard: 'xzufi',
    version: '2.1.0',
    label: 'XZuFi 2.1.0',
    namespace: 'http://xoev.de/schemata/xzufi/2_1_0',
    supported: false,
    messages: [
      {
        root: 'leistungsverzeichnis.antwort.leistungsbericht.030108',
        code: '030108',
        title: 'Leistungsbericht',
        evidence: 'verified',
      },
      { root: 'leistung.030104', code: '030104', title: 'Leistung (LeiKa export)', evidence: 'inferred' },
    ],
    anyRoot: true,
    evidence: 'verified',
    note: 'XZuFi 2.1 is a legacy version that fimkit does not read; use an XZuFi 2.2 export.',
  }),
  freeze<FormatEntry>({
    standard: 'xzufi',
    version: '2.2.0',
    label: 'XZuFi 2.2.0',
    namespace: 'http://xoev.de/schemata/xzufi/2_2_0',
    supported: true,
    messages: [],
    anyRoot: true,
    evidence: 'verified',
    note:
      'The root element names of XZuFi 2.2 messages are not confirmed (spec/xzufi.md §2); every root in the ' +
      'namespace is accepted and reported under its own name. Read with fimkit/xzufi/v2_2 (docs/xzufi.md).',
  }),
  freeze<FormatEntry>({
    standard: 'xzufi',
    version: '2.3.1',
    label: 'XZuFi 2.3.1',
    namespace: 'http://xoev.de/schemata/xzufi/2_3_1',
    supported: true,
    messages: [],
    anyRoot: true,
    evidence: 'inferred',
    note:
      'Namespace inferred from the 2.2.0 pattern and the FIM Portal version enum (spec/xzufi.md §1); root ' +
      'element names are not confirmed. Read with fimkit/xzufi/v2_3, whose 2.3.1 element names are derived ' +
      'from the FIM Portal model (docs/xzufi.md).',
  }),
  freeze<FormatEntry>({
    standard: 'xprozess',
    version: '2.0',
    label: 'XProzess 2.0',
    namespace: 'http://www.regierung-mv.de/xprozess/2',
    supported: true,
    messages: xprozessMessages,
    anyRoot: false,
    evidence: 'verified',
    note:
      'No official XSD in ../shared; message names come from generated bindings (spec/xprozess.md §2). ' +
      'Parsed by fimkit/xprozess/v2 (fimkit xprozess inspect|extract|activities).',
  }),
]);

/**
 * Namespace prefixes of the standards, for recognising unknown versions.
 *
 * @example
 * ```ts
 * FAMILIES.map((f) => f.standard); // ['xdatenfelder', 'xzufi', 'xprozess', 'genericode']
 * ```
 */
export const FAMILIES: readonly FamilyEntry[] = freeze([
  freeze({
    standard: 'xdatenfelder',
    label: 'XDatenfelder',
    namespacePrefix: 'urn:xoev-de:fim:standard:xdatenfelder',
  }),
  freeze({ standard: 'xzufi', label: 'XZuFi', namespacePrefix: 'http://xoev.de/schemata/xzufi/' }),
  freeze({
    standard: 'xprozess',
    label: 'XProzess',
    namespacePrefix: 'http://www.regierung-mv.de/xprozess/',
  }),
  freeze({
    standard: 'genericode',
    label: 'genericode',
    namespacePrefix: 'http://docs.oasis-open.org/codelist/ns/genericode/',
  }),
] satisfies FamilyEntry[]);

const byNamespace = new Map(FORMATS.map((f) => [f.namespace, f]));

/**
 * Looks a root element up: its format (by namespace) and its message (by local name). `message` is
 * `undefined` when the namespace is known but the root is not one of its messages; for formats with
 * `anyRoot`, an unlisted root yields a message entry made from the root name (evidence `inferred`).
 *
 * @example
 * ```ts
 * lookupFormat('urn:xoev-de:fim:standard:xdatenfelder_2', 'xdatenfelder.stammdatenschema.0102')?.message?.code;
 * // '0102'
 * ```
 */
export function lookupFormat(
  namespace: string,
  root: string,
): { readonly format: FormatEntry; readonly message: MessageEntry | undefined } | undefined {
  const format = byNamespace.get(namespace);
  if (format === undefined) return undefined;
  const listed = format.messages.find((m) => m.root === root);
  if (listed !== undefined || !format.anyRoot) return { format, message: listed };
  const code = /\.(\d{4,})$/.exec(root)?.[1];
  const made: MessageEntry =
    code === undefined
      ? { root, title: root, evidence: 'inferred' }
      : { root, code, title: root, evidence: 'inferred' };
  return { format, message: made };
}

/**
 * Finds the standard a namespace belongs to by prefix, for namespaces that name no known version.
 *
 * @example
 * ```ts
 * findFamily('urn:xoev-de:fim:standard:xdatenfelder_unknown')?.label; // 'XDatenfelder'
 * ```
 */
export function findFamily(namespace: string): FamilyEntry | undefined {
  return FAMILIES.find((f) => namespace.startsWith(f.namespacePrefix));
}
