/**
 * The typed documents `fimkit parse` and `fimkit build` handle, one entry per standard and version:
 * how to parse bytes, how the model travels as JSON (`{ standard, version, message, model }`), how a
 * hand-edited model is checked, and how it is built back to XML.
 *
 * @module
 */
import type { SourceMap } from '../core/binding/index.js';
import { zodFor } from '../core/binding/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import * as v2 from '../xdatenfelder/v2/index.js';
import * as v3 from '../xdatenfelder/v3/index.js';
import * as xprozess from '../xprozess/v2/index.js';
import * as xzufi from '../xzufi/v2_2/index.js';
import * as xzufi23 from '../xzufi/v2_3/index.js';

/** The JSON form of a typed document. `kind` is used by XZuFi (which object a single-object file holds). */
export interface DocumentEnvelope {
  readonly standard: string;
  readonly version: string;
  readonly message: string;
  readonly kind?: string;
  readonly model: unknown;
}

/** One standard and version that parse and build support. */
export interface DocumentCodec {
  readonly standard: string;
  readonly version: string;
  /** Parses bytes; `value` is the typed document. */
  parse(bytes: Uint8Array): {
    value?: unknown;
    diagnostics: readonly Diagnostic[];
    sourceMap?: SourceMap | undefined;
  };
  /** The JSON envelope of a parsed document. */
  envelope(value: unknown): DocumentEnvelope;
  /** Checks a (possibly hand-edited) envelope; returns the typed document or the problems with JSON paths. */
  check(envelope: DocumentEnvelope): { value?: unknown; problems: string[] };
  /** The typed document of an envelope, unchecked (for `--lenient`). */
  document(envelope: DocumentEnvelope): unknown;
  /** Builds XML. */
  build(value: unknown, options: { indent?: string }): string;
}

function problems(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `model invalid at ${['model', ...i.path.map(String)].join('.')}: ${i.message}`);
}

function xdf(
  version: '2.0' | '3.0.0',
  mod: {
    parse(b: Uint8Array): { value: unknown; diagnostics: readonly Diagnostic[]; sourceMap: SourceMap };
    build(d: never, o: { indent?: string }): string;
    documentSchema: {
      safeParse(
        x: unknown,
      ):
        | { success: true; data: unknown }
        | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
    };
  },
): DocumentCodec {
  return {
    standard: 'xdatenfelder',
    version,
    parse: (bytes) => mod.parse(bytes),
    envelope(value) {
      const d = value as { message: string; model: unknown };
      return { standard: 'xdatenfelder', version, message: d.message, model: d.model };
    },
    check(env) {
      const r = mod.documentSchema.safeParse({ message: env.message, model: env.model });
      if (r.success) return { value: r.data, problems: [] };
      return { problems: problems(r.error.issues.map((i) => ({ ...i, path: i.path.slice(1) }))) };
    },
    document: (env) => ({ message: env.message, model: env.model }),
    build: (value, options) => mod.build(value as never, options),
  };
}

/** XZuFi 2.2.0 and 2.3.1: the same envelope (`kind` = object kind, `message` = root name). */
function xzufiCodec(
  version: '2.2.0' | '2.3.1',
  mod: {
    parse(b: Uint8Array): {
      value?: unknown;
      diagnostics: readonly Diagnostic[];
      sourceMap: SourceMap | undefined;
    };
    build(d: never, o: { indent?: string }): string;
    documentSchema: typeof xzufi.documentSchema | typeof xzufi23.documentSchema;
  },
): DocumentCodec {
  return {
    standard: 'xzufi',
    version,
    parse: (bytes) => mod.parse(bytes),
    envelope(value) {
      const d = value as { kind: string; root: string; model: unknown };
      return { standard: 'xzufi', version, message: d.root, kind: d.kind, model: d.model };
    },
    check(env) {
      const r = mod.documentSchema.safeParse({ kind: env.kind, root: env.message, model: env.model });
      if (r.success) return { value: r.data, problems: [] };
      return { problems: problems(r.error.issues.map((i) => ({ ...i, path: i.path.slice(1) }))) };
    },
    document: (env) => ({ kind: env.kind, root: env.message, model: env.model }),
    build: (value, options) => mod.build(value as never, options),
  };
}

const xprozessCodec: DocumentCodec = {
  standard: 'xprozess',
  version: '2.0',
  parse: (bytes) => xprozess.parse(bytes),
  envelope(value) {
    const d = value as xprozess.XprozessDocument;
    return { standard: 'xprozess', version: '2.0', message: d.message, model: d.model };
  },
  check(env) {
    const spec = (xprozess.xprozessMessages as Record<string, { type: Parameters<typeof zodFor>[0] }>)[
      env.message
    ];
    if (spec === undefined) return { problems: [`message "${env.message}" is not an XProzess 2.0 message`] };
    const r = zodFor(spec.type).safeParse(env.model);
    if (r.success) return { value: { message: env.message, model: r.data }, problems: [] };
    return { problems: problems(r.error.issues) };
  },
  document: (env) => ({ message: env.message, model: env.model }),
  build: (value, options) => xprozess.build(value as xprozess.XprozessDocument, options),
};

/**
 * Every standard and version `fimkit parse` and `fimkit build` handle.
 *
 * @example
 * ```ts
 * codecFor('xdatenfelder', '3.0.0')?.parse(bytes);
 * ```
 */
export const CODECS: readonly DocumentCodec[] = [
  xdf('2.0', v2 as never),
  xdf('3.0.0', v3 as never),
  xzufiCodec('2.2.0', xzufi),
  xzufiCodec('2.3.1', xzufi23),
  xprozessCodec,
];

/**
 * The codec for a standard and version, if fimkit parses it.
 *
 * @example
 * ```ts
 * codecFor('xzufi', '2.2.0')?.version; // '2.2.0'
 * ```
 */
export function codecFor(standard: string, version: string): DocumentCodec | undefined {
  return CODECS.find((c) => c.standard === standard && c.version === version);
}
