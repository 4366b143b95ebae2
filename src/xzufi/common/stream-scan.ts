/**
 * The scanner pieces of `streamTransfer`: chunk decoding, quote-aware start tags, namespace declarations
 * and moving an entry's diagnostics to their place in the whole document.
 *
 * @module
 */
import type { Diagnostic } from '../../core/diagnostics.js';

/**
 * A problem that stops the read, turned into a final error item.
 *
 * @example
 * ```ts
 * throw new Failure('xzufi/encoding', 'The declared encoding is not supported.');
 * ```
 */
export class Failure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A start tag read by the scanner. */
export interface StartTag {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly attributes: Record<string, string>;
  readonly namespaces: Record<string, string>;
  /** Offset just after `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
}

/**
 * A streaming decoder for the byte chunks; the encoding comes from a BOM or the XML declaration
 * (default UTF-8).
 *
 * @example
 * ```ts
 * const text = decoderFor(first).decode(first, { stream: true });
 * ```
 */
export function decoderFor(first: Uint8Array): InstanceType<typeof TextDecoder> {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  const head = new TextDecoder('latin1').decode(first.subarray(0, 256));
  const m = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  try {
    return new TextDecoder(m?.[1] ?? 'utf-8', { fatal: true });
  } catch {
    throw new Failure('xzufi/encoding', `The declared encoding "${m?.[1]}" is not supported.`);
  }
}

const NAME = /^[^\s/>]+/;

/**
 * Reads the start tag at `lt` (quote-aware), or undefined when the buffer ends inside it.
 *
 * @example
 * ```ts
 * readStartTag('<x:a b=">"/>', 0)?.selfClosing; // true
 * ```
 */
export function readStartTag(buf: string, lt: number): StartTag | undefined {
  let i = lt + 1;
  let quote = 0;
  for (; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) break;
  }
  if (i >= buf.length) return undefined;
  const inner = buf.slice(lt + 1, i);
  const selfClosing = inner.endsWith('/');
  const name = NAME.exec(inner)?.[0] ?? '';
  const colon = name.indexOf(':');
  const attributes: Record<string, string> = {};
  const namespaces: Record<string, string> = {};
  const re = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const rest = inner.slice(name.length);
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    const key = m[1]!;
    const value = unescapeAttr(m[2] ?? m[3] ?? '');
    if (key === 'xmlns') namespaces[''] = value;
    else if (key.startsWith('xmlns:')) namespaces[key.slice(6)] = value;
    else attributes[key] = value;
  }
  return {
    name,
    prefix: colon === -1 ? '' : name.slice(0, colon),
    local: colon === -1 ? name : name.slice(colon + 1),
    attributes,
    namespaces,
    end: i + 1,
    selfClosing,
  };
}

function unescapeAttr(v: string): string {
  if (!v.includes('&')) return v;
  return v.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const cp = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    if (!(cp <= 0x10ffff))
      throw new Failure('xml/malformed', `&${e}; is not a character reference XML allows.`);
    return String.fromCodePoint(cp);
  });
}

/**
 * Escapes an attribute value for double quotes.
 *
 * @example
 * ```ts
 * escapeAttr('a"b'); // 'a&quot;b'
 * ```
 */
export function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The root's namespace declarations minus the prefixes the element declares itself.
 *
 * @example
 * ```ts
 * ownDecls(' xmlns:a="u" xmlns:b="v"', { a: 'w' }); // ' xmlns:b="v"'
 * ```
 */
export function ownDecls(rootDecls: string, own: Record<string, string>): string {
  let keys = 0;
  for (const _ in own) keys++;
  if (keys === 0) return rootDecls;
  return rootDecls
    .split(/(?= xmlns)/)
    .filter((d) => {
      const m = /^ xmlns(?::([^=]+))?=/.exec(d);
      return m !== null && !((m[1] ?? '') in own);
    })
    .join('');
}

/**
 * Moves a diagnostic of an entry's XML to its place in the whole document.
 *
 * @example
 * ```ts
 * shift(d, { line: 120, column: 3 }, '/transfer.operation');
 * ```
 */
export function shift(d: Diagnostic, at: { line: number; column: number }, rootPath: string): Diagnostic {
  if (d.line === undefined) return d;
  const line = d.line + at.line - 1;
  const column = d.line === 1 && d.column !== undefined ? d.column + at.column - 1 : d.column;
  const path = d.path === undefined ? undefined : `${rootPath}${d.path}`;
  return {
    ...d,
    line,
    ...(column === undefined ? {} : { column }),
    ...(path === undefined ? {} : { path }),
  };
}
