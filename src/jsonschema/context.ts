/**
 * Shared state of one JSON Schema generation run: options with defaults, the `$defs` being filled and
 * the diagnostics with positions.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Severity } from '../core/diagnostics.js';
import type { ElementIdentifikation } from '../xdatenfelder/v3/index.js';
import type { JsonSchema, JsonSchemaOptions } from './model.js';

/**
 * Generation state of one run (internal to the generator).
 *
 * @example
 * ```ts
 * const ctx: Context = createContext({ versionsInIds: false });
 * ```
 */
export interface Context {
  readonly options: JsonSchemaOptions;
  readonly versionsInIds: boolean;
  readonly additionalProperties: boolean;
  readonly codeLists: 'inline' | 'reference';
  readonly defs: Map<string, JsonSchema>;
  /** Model object each `$defs` entry was made from (to tell repeats from conflicting duplicates). */
  readonly defOrigins: Map<string, { readonly source: object; readonly json: string }>;
  readonly diagnostics: Diagnostic[];
  report(severity: Severity, code: string, message: string, at?: object): void;
}

/**
 * Creates the state of one run, with the option defaults applied.
 *
 * @example
 * ```ts
 * const ctx = createContext({});
 * ctx.versionsInIds; // true
 * ```
 */
export function createContext(options: JsonSchemaOptions): Context {
  const diagnostics: Diagnostic[] = [];
  return {
    options,
    versionsInIds: options.versionsInIds ?? true,
    additionalProperties: options.additionalProperties ?? false,
    codeLists: options.codeLists ?? 'inline',
    defs: new Map(),
    defOrigins: new Map(),
    diagnostics,
    report(severity, code, message, at) {
      const map = options.sourceMap;
      const position = at === undefined ? undefined : map?.positionOf(at);
      diagnostics.push(
        diagnostic(severity, `jsonschema/${code}`, message, 'jsonschema', {
          path: at === undefined ? undefined : map?.pathOf(at),
          line: position?.line,
          column: position?.column,
        }),
      );
    },
  };
}

/**
 * The name of an element in `$defs` and as a property key: id, plus `V` and the version when
 * versions are wanted and present (`F60000000243V1.2.0`), as FIM-XSLT names them.
 *
 * @example
 * ```ts
 * definitionName({ id: 'F60000000243', version: '1.2.0' }); // 'F60000000243V1.2.0'
 * definitionName({ id: 'F60000000243', version: '1.2.0' }, false); // 'F60000000243'
 * ```
 */
export function definitionName(identifikation: ElementIdentifikation, versionsInIds = true): string {
  const id = identifikation.id.trim();
  const version = identifikation.version?.trim();
  return versionsInIds && version !== undefined && version !== '' ? `${id}V${version}` : id;
}

/**
 * Joins the non-empty parts of a description with blank lines; undefined when nothing is left.
 *
 * @example
 * ```ts
 * joinText(['Hilfe', undefined, ' ']); // 'Hilfe'
 * ```
 */
export function joinText(parts: readonly (string | undefined)[]): string | undefined {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => p !== undefined && p !== '');
  return kept.length === 0 ? undefined : kept.join('\n\n');
}

/**
 * A `$ref` to a `$defs` entry (JSON Pointer escaped, then URI-fragment encoded).
 *
 * @example
 * ```ts
 * refTo('F60000000243V1.2.0'); // '#/$defs/F60000000243V1.2.0'
 * refTo('a/b'); // '#/$defs/a~1b'
 * ```
 */
export function refTo(name: string): string {
  const pointer = name.replace(/~/g, '~0').replace(/\//g, '~1');
  // ':' and '@' may stand unencoded in a URI fragment (RFC 3986 pchar).
  return `#/$defs/${encodeURIComponent(pointer).replace(/%3A/g, ':').replace(/%40/g, '@')}`;
}
