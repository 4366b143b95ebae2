/**
 * Turning bytes into text: BOM and XML-declaration sniffing for UTF-8, UTF-16 and ISO-8859-1.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';

/** Decoded text plus the encoding used and any problems found while decoding. */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly diagnostics: Diagnostic[];
}

const LATIN1 = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'iso_8859-1',
  'cp819',
  'ibm819',
]);
const UTF8 = new Set(['utf-8', 'utf8']);

/** Reads the `encoding` pseudo-attribute of an XML declaration from the first bytes, if there is one. */
function declaredEncoding(bytes: Uint8Array, offset: number): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(offset, Math.min(bytes.length, offset + 200)));
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  const decl = end < 0 ? head : head.slice(0, end);
  const m = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(decl);
  return m?.[1]?.toLowerCase();
}

/** Finds the byte offset of the first invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    // The second byte's range excludes overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Line and column (1-based) of a byte offset, counting decoded characters on the line. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/**
 * Decodes an XML document's bytes. UTF-8 (with or without BOM) is the default; UTF-16 is recognised by
 * its BOM; a declaration naming ISO-8859-1 (or an alias) is decoded as Latin-1. Invalid UTF-8 yields an
 * `xml/invalid-utf8` error with line and column, and the text is decoded with replacement characters so
 * that reading can go on. Other declared encodings yield `xml/unsupported-encoding`.
 *
 * @example
 * ```ts
 * const { text, encoding } = decodeXml(await readFile('schema.xml'));
 * ```
 */
export function decodeXml(input: Uint8Array | string): Decoded {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return { text, encoding: 'utf-16', diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  if (input[0] === 0xfe && input[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(input.subarray(2)), encoding: 'utf-16be', diagnostics };
  }
  if (input[0] === 0xff && input[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(input.subarray(2)), encoding: 'utf-16le', diagnostics };
  }
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  const declared = declaredEncoding(input, bom);
  if (declared !== undefined && LATIN1.has(declared)) {
    // WHATWG maps "iso-8859-1" to windows-1252; true Latin-1 is a 1:1 byte-to-code-point mapping.
    return { text: latin1(input.subarray(bom)), encoding: 'iso-8859-1', diagnostics };
  }
  if (declared !== undefined && !UTF8.has(declared)) {
    let decoder: InstanceType<typeof TextDecoder> | undefined;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      decoder = undefined;
    }
    if (decoder === undefined || declared.startsWith('utf-16')) {
      diagnostics.push(
        diagnostic(
          'error',
          'xml/unsupported-encoding',
          `The document declares encoding "${declared}", which fimkit does not read; it was read as UTF-8.`,
          'xml',
          { line: 1, column: 1 },
        ),
      );
    } else {
      // Node 20's TextDecoder decodes windows-1252 (and its WHATWG aliases, us-ascii among them) as
      // Latin-1, so 0x80-0x9F would come out as C1 controls instead of €, „, “ and the like.
      const text =
        decoder.encoding === 'windows-1252'
          ? windows1252(input.subarray(bom))
          : decoder.decode(input.subarray(bom));
      return { text, encoding: declared, diagnostics };
    }
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input.subarray(bom)),
      encoding: 'utf-8',
      diagnostics,
    };
  } catch {
    const bad = firstInvalidUtf8(input, bom);
    const where = bytePosition(input, bad < 0 ? bom : bad);
    diagnostics.push(
      diagnostic(
        'error',
        'xml/invalid-utf8',
        `Invalid UTF-8 byte sequence at byte ${bad}; the document declares ${declared ?? 'no encoding (UTF-8)'}. ` +
          'Invalid bytes were replaced with U+FFFD.',
        'xml',
        where,
      ),
    );
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(input.subarray(bom)),
      encoding: 'utf-8',
      diagnostics,
    };
  }
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) {
    out += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return out;
}

/** windows-1252 code points for the bytes 0x80-0x9F (the five undefined bytes map to C1 controls, as in WHATWG). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  return latin1(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
