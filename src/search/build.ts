/**
 * Building the search index: walks the XDatenfelder documents (3.0.0, and 2.0 through the converter)
 * and genericode code lists of a directory and indexes every field, group, schema and code list once
 * per id + version, with the schemas it is used in.
 *
 * @module
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type CodeList, parseCodeList } from '../codelist/index.js';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { detect } from '../detect/index.js';
import { convertV2ToV3 } from '../xdatenfelder/convert-v2-v3.js';
import * as v2 from '../xdatenfelder/v2/index.js';
import * as v3 from '../xdatenfelder/v3/index.js';
import type { SearchEntry, SearchIndex, SearchKind } from './model.js';
import { tokenize } from './normalize.js';

type Mutable = {
  -readonly [K in keyof SearchEntry]: SearchEntry[K];
} & { schemas: string[]; files: string[] };

/**
 * Collects entries from documents; `add*` calls may come in any order, `finish()` returns the index.
 *
 * @example
 * ```ts
 * const b = createIndexBuilder();
 * b.addDocument(doc, 'antrag.xml');
 * const entries = b.entries();
 * ```
 */
export interface IndexBuilder {
  addDocument(doc: v3.Xdf3Document, file: string): void;
  addCodeList(list: CodeList, file: string): void;
  entries(): SearchEntry[];
}

function key(id: string, version: string | undefined): string {
  return version === undefined || version === '' ? id : `${id}@${version}`;
}

function nummernkreis(id: string): string | undefined {
  const m = /^[A-Za-z](\d\d)\d+$/.exec(id.trim());
  return m?.[1];
}

/**
 * Creates an {@link IndexBuilder}.
 *
 * @example
 * ```ts
 * const b = createIndexBuilder();
 * ```
 */
export function createIndexBuilder(): IndexBuilder {
  const byKey = new Map<string, Mutable>();
  const touch = (
    kind: SearchKind,
    k: string,
    make: () => Mutable,
    schema: string | undefined,
    file: string,
  ) => {
    const mapKey = `${kind} ${k}`;
    let entry = byKey.get(mapKey);
    if (entry === undefined) byKey.set(mapKey, (entry = make()));
    if (schema !== undefined && !entry.schemas.includes(schema)) entry.schemas.push(schema);
    if (!entry.files.includes(file)) entry.files.push(file);
    return entry;
  };
  const element = (
    kind: 'field' | 'group' | 'schema',
    e: v3.AllgemeineAngaben,
    label: string,
    help: string | undefined,
    extra: Partial<Mutable>,
  ): Mutable => {
    const id = e.identifikation.id.trim();
    const version = e.identifikation.version?.trim();
    return {
      kind,
      key: key(id, version),
      id,
      ...(version ? { version } : {}),
      label: label.trim(),
      name: e.name.trim(),
      status: e.freigabestatus.code,
      ...(nummernkreis(id) === undefined ? {} : { nummernkreis: nummernkreis(id)! }),
      hasCodeList: false,
      schemas: [],
      files: [],
      words: {
        label: tokenize(label),
        name: tokenize(e.name),
        text: tokenize([help, e.beschreibung, e.definition].filter((t) => t !== undefined).join(' ')),
      },
      ...extra,
    };
  };
  const walk = (
    struktur: readonly v3.Struktur[],
    schema: string | undefined,
    file: string,
    seen: Set<object>,
  ) => {
    for (const s of struktur) {
      const f = s.enthaelt.datenfeld;
      const g = s.enthaelt.datenfeldgruppe;
      if (f !== undefined) addField(f, schema, file);
      if (g !== undefined) {
        const k = key(g.identifikation.id.trim(), g.identifikation.version?.trim());
        touch(
          'group',
          k,
          () =>
            element('group', g, g.bezeichnungEingabe, g.hilfetextEingabe, {
              schemaelementart: g.schemaelementart.code,
            }),
          schema,
          file,
        );
        if (!seen.has(g)) {
          seen.add(g);
          walk(g.struktur, schema, file, seen);
        }
      }
    }
  };
  const addField = (f: v3.Datenfeld, schema: string | undefined, file: string) => {
    const k = key(f.identifikation.id.trim(), f.identifikation.version?.trim());
    const uri =
      f.codelisteReferenz?.canonicalIdentification?.trim() ||
      f.codelisteReferenz?.canonicalVersionUri?.trim();
    touch(
      'field',
      k,
      () =>
        element('field', f, f.bezeichnungEingabe, f.hilfetextEingabe, {
          schemaelementart: f.schemaelementart.code,
          feldart: f.feldart.code,
          datentyp: f.datentyp.code,
          hasCodeList: f.codelisteReferenz !== undefined || f.werte !== undefined,
          ...(uri ? { codeList: uri } : {}),
        }),
      schema,
      file,
    );
    if (uri) {
      const version = f.codelisteReferenz?.version?.trim();
      touch(
        'codelist',
        key(uri, version),
        () => ({
          kind: 'codelist',
          key: key(uri, version),
          id: uri,
          ...(version ? { version } : {}),
          label: uri,
          name: uri,
          hasCodeList: true,
          schemas: [],
          files: [],
          words: { label: tokenize(uri), name: [], text: [] },
        }),
        schema,
        file,
      );
    }
  };
  return {
    addDocument(doc, file) {
      if (doc.message === 'xdatenfelder.stammdatenschema.0102') {
        const s = doc.model.stammdatenschema;
        const k = key(s.identifikation.id.trim(), s.identifikation.version?.trim());
        touch('schema', k, () => element('schema', s, s.bezeichnung, s.hilfetext, {}), k, file);
        walk(s.struktur, k, file, new Set());
      } else if (doc.message === 'xdatenfelder.datenfeldgruppe.0103') {
        const g = doc.model.datenfeldgruppe;
        walk([{ anzahl: '1:1', bezug: [], enthaelt: { datenfeldgruppe: g } }], undefined, file, new Set());
      } else if (doc.message === 'xdatenfelder.datenfeld.0104') {
        addField(doc.model.datenfeld, undefined, file);
      }
    },
    addCodeList(list, file) {
      const id = list.Identification.CanonicalUri.trim();
      const version = list.Identification.Version.trim();
      const k = key(id, version);
      const entry = touch(
        'codelist',
        k,
        () => ({
          kind: 'codelist',
          key: k,
          id,
          version,
          label: id,
          name: id,
          hasCodeList: true,
          schemas: [],
          files: [],
          words: { label: [], name: [], text: [] },
        }),
        undefined,
        file,
      );
      const names = [
        list.Identification.ShortName.value,
        ...list.Identification.LongName.map((l) => l.value),
      ];
      entry.label =
        list.Identification.LongName[0]?.value.trim() || list.Identification.ShortName.value.trim();
      entry.name = list.Identification.ShortName.value.trim();
      entry.words = { label: tokenize(names.join(' ')), name: tokenize(id), text: [] };
    },
    entries() {
      return [...byKey.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
    },
  };
}

async function listXml(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, encoding: 'utf8' });
  return names.filter((n) => n.toLowerCase().endsWith('.xml')).sort();
}

/**
 * Options of {@link buildSearchIndex}.
 *
 * @example
 * ```ts
 * const o: BuildSearchIndexOptions = { onFile: (f) => console.error(f) };
 * ```
 */
export interface BuildSearchIndexOptions {
  /** Called before each file is read (progress). */
  readonly onFile?: (file: string) => void;
}

/**
 * Builds the index over every `.xml` file under `dir` (recursively): XDatenfelder 3.0.0 and 2.0
 * documents and genericode code lists; other files are skipped with an info diagnostic, unreadable ones
 * reported. Throws only when `dir` cannot be listed.
 *
 * @example
 * ```ts
 * const { index, diagnostics } = await buildSearchIndex('../shared/corpus');
 * search(index, 'Staatsangehörigkeit')[0]?.entry.key;
 * ```
 */
export async function buildSearchIndex(
  dir: string,
  options: BuildSearchIndexOptions = {},
): Promise<{ index: SearchIndex; diagnostics: Diagnostic[] }> {
  const builder = createIndexBuilder();
  const diagnostics: Diagnostic[] = [];
  const files: { file: string; size: number; mtimeMs: number }[] = [];
  for (const rel of await listXml(dir)) {
    options.onFile?.(rel);
    const full = path.join(dir, rel);
    const info = await stat(full);
    files.push({ file: rel, size: info.size, mtimeMs: info.mtimeMs });
    const bytes = await readFile(full);
    const found = detect(bytes).value;
    const where = { path: rel };
    if (found?.standard === 'genericode') {
      const r = parseCodeList(bytes);
      if (r.value !== undefined) builder.addCodeList(r.value, rel);
      else
        diagnostics.push(
          diagnostic('warning', 'search/unreadable', `${rel}: code list not readable.`, 'search', where),
        );
    } else if (found?.standard === 'xdatenfelder' && found.version === '3.0.0') {
      const r = v3.parse(bytes);
      if (r.value !== undefined) builder.addDocument(r.value, rel);
      else
        diagnostics.push(
          diagnostic(
            'warning',
            'search/unreadable',
            `${rel}: XDatenfelder 3.0.0 not readable.`,
            'search',
            where,
          ),
        );
    } else if (found?.standard === 'xdatenfelder' && found.version === '2.0') {
      const r = v2.parse(bytes);
      const converted = r.value === undefined ? undefined : convertV2ToV3(r.value).value;
      if (converted !== undefined) builder.addDocument(converted, rel);
      else
        diagnostics.push(
          diagnostic(
            'warning',
            'search/unreadable',
            `${rel}: XDatenfelder 2.0 not readable.`,
            'search',
            where,
          ),
        );
    } else {
      diagnostics.push(
        diagnostic(
          'info',
          'search/skipped',
          `${rel}: ${found?.label ?? 'not a known FIM document'}; not indexed.`,
          'search',
          where,
        ),
      );
    }
  }
  return { index: { format: 1, entries: builder.entries(), files }, diagnostics };
}
