/**
 * Reading a project descriptor from JSON or YAML text: syntax errors and schema errors become `plan/*`
 * diagnostics with the line and column of the offending node (the zod issue path is mapped back to the
 * YAML node it came from). Pure JavaScript (the `yaml` package), so it works in browsers too.
 *
 * @module
 */
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { type ProjectDescriptor, projectDescriptorSchema } from './check.js';

/** The syntax of a descriptor. */
export type DescriptorFormat = 'json' | 'yaml';

/**
 * Options of {@link parseDescriptor}.
 *
 * @example
 * ```ts
 * parseDescriptor(text, { format: descriptorFormat('projekt.yaml') });
 * ```
 */
export interface ParseDescriptorOptions {
  /** The syntax; default: sniffed from the text (`{` first means JSON, anything else YAML). */
  readonly format?: DescriptorFormat | undefined;
}

/**
 * The format a file name stands for: `json` for `.json`, `yaml` for `.yaml`/`.yml`, `undefined`
 * otherwise (then {@link parseDescriptor} sniffs the text).
 *
 * @example
 * ```ts
 * descriptorFormat('projekt.yml'); // 'yaml'
 * descriptorFormat('-'); // undefined
 * ```
 */
export function descriptorFormat(fileName: string): DescriptorFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/**
 * Sniffs the syntax of a descriptor text: JSON when the first character after whitespace (and a byte
 * order mark) is `{`, YAML otherwise.
 *
 * @example
 * ```ts
 * sniffDescriptorFormat('  {"service": "x"}'); // 'json'
 * sniffDescriptorFormat('service: x'); // 'yaml'
 * ```
 */
export function sniffDescriptorFormat(text: string): DescriptorFormat {
  return /^[\ufeff\s]*\{/.test(text) ? 'json' : 'yaml';
}

type Where = { line?: number; column?: number };

/** Line and column of a 0-based offset (1-based both). */
function positionOf(lines: LineCounter, offset: number | undefined): Where {
  if (offset === undefined) return {};
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

/** Line and column of a 0-based offset in `text`. */
function lineColumn(text: string, offset: number): Where {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** V8 quotes up to this many characters on each side of an unexpected token. */
const V8_CONTEXT = 10;

/**
 * The position of a JSON.parse error, from the V8 message: `(line L column C)`, `at position N`, the
 * quoted context of an unexpected token (`..."ategory": }"...`), or the end for unexpected ends.
 */
function jsonErrorPosition(text: string, message: string): Where {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc !== null) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /at position (\d+)/.exec(message);
  if (at !== null) return lineColumn(text, Number(at[1]));
  if (/end of JSON input/.test(message)) return lineColumn(text, text.length);
  const token = /^Unexpected token '(.*?)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (token === null) return {};
  const [, tok = '', lead, context = '', trail] = token;
  const start = text.indexOf(context);
  if (start < 0) return {};
  if (lead !== undefined) return lineColumn(text, start + V8_CONTEXT);
  if (trail !== undefined) return lineColumn(text, start + context.length - V8_CONTEXT);
  return lineColumn(text, start + Math.max(0, context.indexOf(tok)));
}

/** The deepest node on `path` that exists, and whether it is the node itself. */
function nodeAt(
  root: Node | null | undefined,
  path: readonly PropertyKey[],
): { node: Node | undefined; exact: boolean } {
  let node: unknown = root;
  let parent: Node | undefined;
  for (const step of path) {
    parent = node as Node | undefined;
    const next = (node as { get?: (k: unknown, keepScalar: boolean) => unknown } | undefined)?.get?.(
      typeof step === 'symbol' ? String(step) : step,
      true,
    );
    if (next === undefined || next === null) return { node: parent, exact: false };
    node = next;
  }
  return { node: node as Node | undefined, exact: true };
}

/** The key node of `key` in the mapping at `path`, for unknown keys. */
function keyNodeAt(
  root: Node | null | undefined,
  path: readonly PropertyKey[],
  key: string,
): Node | undefined {
  const { node, exact } = nodeAt(root, path);
  if (!exact || !isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return undefined;
}

const pointer = (path: readonly PropertyKey[]) => `/${path.map(String).join('/')}`;

function schemaDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  root: Node | null | undefined,
  lines: LineCounter,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const node = keyNodeAt(root, issue.path, key);
        out.push(
          diagnostic('error', 'plan/invalid-descriptor', `Unknown key "${key}".`, 'plan', {
            path: pointer([...issue.path, key]),
            ...positionOf(lines, node?.range?.[0]),
          }),
        );
      }
      continue;
    }
    const { node, exact } = nodeAt(root, issue.path);
    let message = issue.message;
    if (!exact && issue.path.length > 0) message = `Missing required key "${String(issue.path.at(-1))}".`;
    if (exact && issue.code === 'invalid_type' && issue.expected === 'string' && isScalar(node))
      if (typeof node.value === 'number' || typeof node.value === 'boolean')
        message += `; write it in quotes ("${node.source ?? String(node.value)}")`;
    out.push(
      diagnostic('error', 'plan/invalid-descriptor', message, 'plan', {
        path: pointer(issue.path),
        ...positionOf(lines, node?.range?.[0]),
      }),
    );
  }
  return out;
}

/**
 * Parses a project descriptor from JSON or YAML text (YAML 1.2 core schema: `no` stays a string, no
 * dates) and checks it against {@link projectDescriptorSchema}. Syntax errors (`plan/not-json`,
 * `plan/not-yaml`) and schema errors (`plan/invalid-descriptor`, one per problem, unknown keys
 * included) come back as diagnostics with the line and column of the offending node; nothing throws.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = parseDescriptor('service: Hundesteuer\ncategory: K\n');
 * value?.category; // 'K'
 * parseDescriptor('service: x\ncategory: Z\n').diagnostics[0]; // { path: '/category', line: 2, column: 11, ... }
 * ```
 */
export function parseDescriptor(
  text: string,
  options: ParseDescriptorOptions = {},
): { value: ProjectDescriptor | undefined; diagnostics: Diagnostic[] } {
  const format = options.format ?? sniffDescriptorFormat(text);
  const source = text.replace(/^\ufeff/, '');
  if (format === 'json') {
    try {
      JSON.parse(source);
    } catch (error) {
      const message = (error as Error).message;
      return {
        value: undefined,
        diagnostics: [
          diagnostic(
            'error',
            'plan/not-json',
            `Descriptor is not JSON: ${message}`,
            'plan',
            jsonErrorPosition(source, message),
          ),
        ],
      };
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      diagnostics: doc.errors.map((e) =>
        diagnostic(
          'error',
          format === 'json' ? 'plan/not-json' : 'plan/not-yaml',
          `Descriptor is not ${format === 'json' ? 'JSON' : 'YAML'}: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
          'plan',
          e.linePos === undefined ? {} : { line: e.linePos[0].line, column: e.linePos[0].col },
        ),
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      value: undefined,
      diagnostics: [
        diagnostic('error', 'plan/not-yaml', `Descriptor is not usable: ${(error as Error).message}`, 'plan'),
      ],
    };
  }
  const r = projectDescriptorSchema.safeParse(data);
  if (!r.success)
    return { value: undefined, diagnostics: schemaDiagnostics(r.error.issues, doc.contents, lines) };
  return { value: r.data, diagnostics: [] };
}
