/**
 * Streaming reader for XZuFi transfer messages (any version with a profile): an async iterator that reads the document in
 * chunks and yields one typed `schreibe` or `loesche` entry at a time, so memory stays bounded by the
 * largest entry, not the file.
 *
 * The skeleton (root and its children) is located by a small scanner over the decoded text (comments,
 * processing instructions and CDATA at that level are skipped, attribute values are quote-aware); each
 * child is then bound by the same binding engine as `parse`, with the namespace declarations of the root
 * added, so entries get the same model and the same diagnostics. An entry ends at the first matching end
 * tag (`</xzufi:schreibe>`); an entry whose content contains that literal in a comment or CDATA section is
 * reported as malformed.
 *
 * @module
 */
import { bindDocument } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { versionProblemFor, type XzufiProfile } from './profile.js';
import {
  decoderFor,
  escapeAttr,
  Failure,
  ownDecls,
  readStartTag,
  type StartTag,
  shift,
} from './stream-scan.js';

/** Where an item starts in the source (1-based, UTF-16 code units for the column). */
export interface Located {
  readonly line: number;
  readonly column: number;
  /** Problems found in this item (positions in the whole document). */
  readonly diagnostics: readonly Diagnostic[];
}

/** The root start tag: its name, namespace and attributes (`xzufiVersion`, `produktbezeichnung`, ...). */
export interface TransferRootItem extends Located {
  readonly type: 'root';
  readonly name: string;
  readonly namespace: string;
  /** The XZuFi version the namespace stands for (`2.2.0`, `2.3.1`). */
  readonly version: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** A `schreibe` entry with its transfer object. `kind` is the object's element name. */
export interface TransferSchreibeItemOf<S, K extends string = string> extends Located {
  readonly type: 'schreibe';
  readonly kind: K | undefined;
  readonly value: S;
}

/** A `loesche` entry. */
export interface TransferLoescheItemOf<L> extends Located {
  readonly type: 'loesche';
  readonly value: L;
}

/** Any other child of the root (`nachrichtenkopf`, `transaktionID`, unknown elements), verbatim. */
export interface TransferElementItem extends Located {
  readonly type: 'element';
  /** Local name. */
  readonly name: string;
  /** The element's XML as written (without the root's namespace declarations). */
  readonly xml: string;
}

/** A problem that stops the read (not XML, another version, truncated input). */
export interface TransferErrorItem extends Located {
  readonly type: 'error';
}

/** What the streaming reader yields, in document order, for entry types `S` and `L`. */
export type TransferItemOf<S, L, K extends string = string> =
  | TransferRootItem
  | TransferSchreibeItemOf<S, K>
  | TransferLoescheItemOf<L>
  | TransferElementItem
  | TransferErrorItem;

/** Options of the streaming reader. */
export interface StreamTransferOptions {
  /** Largest entry (in UTF-16 code units) accepted before reading stops. Default 64 Mi. */
  readonly maxEntryLength?: number;
}

type AnyItem = TransferItemOf<unknown, unknown>;

/**
 * Reads an XZuFi transfer message of one of `profiles`' versions chunk by chunk and yields its root, then each child of the root
 * in document order: `schreibe` and `loesche` entries typed, other children verbatim. Memory is bounded by
 * the largest entry plus one chunk. Never throws on content: problems are diagnostics on the item they
 * belong to; a problem that stops the read is a final `error` item.
 *
 * @example
 * ```ts
 * for await (const item of streamTransfer(createReadStream('pvog.xml'))) {
 *   if (item.type === 'schreibe' && item.kind === 'leistung') console.log(item.value.leistung?.id.value);
 * }
 * ```
 */
export async function* streamWith(
  profiles: readonly XzufiProfile[],
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: StreamTransferOptions = {},
): AsyncGenerator<AnyItem, void, undefined> {
  let profile = profiles[0]!;
  let objectKinds = Object.keys(profile.objects);
  const maxEntry = options.maxEntryLength ?? 64 * 1024 * 1024;
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let buf = '';
  let base = 0; // absolute offset of buf[0]
  let pos = 0; // scan position in buf
  let line = 1;
  let lineStart = 0; // absolute offset of the current line's first character
  let counted = 0; // absolute offset up to which newlines are counted
  let state: 'prolog' | 'body' | 'epilog' = 'prolog';
  let root: StartTag | undefined;
  let rootDecls = '';
  let done = false;

  const locate = (abs: number): { line: number; column: number } => {
    let i = counted - base;
    const stop = abs - base;
    for (;;) {
      const nl = buf.indexOf('\n', i);
      if (nl === -1 || nl >= stop) break;
      line++;
      lineStart = base + nl + 1;
      i = nl + 1;
    }
    counted = abs;
    return { line, column: abs - lineStart + 1 };
  };
  const fail = (code: string, message: string): TransferErrorItem => {
    const at = locate(base + Math.min(pos, buf.length));
    done = true;
    return {
      type: 'error',
      ...at,
      diagnostics: [diagnostic('error', code, message, 'xzufi', { path: pathHere(), ...at })],
    };
  };
  const pathHere = () => (root === undefined ? '/' : `/${root.local}`);

  /** Processes as much of buf as possible; returns items, or undefined when more input is needed. */
  const step = (final: boolean): AnyItem | undefined | 'more' => {
    const lt = buf.indexOf('<', pos);
    if (lt === -1) {
      if (state === 'body' && buf.slice(pos).trim() !== '') {
        return fail('xzufi/unexpected-text', 'The transfer message has text between its entries.');
      }
      pos = buf.length;
      return 'more';
    }
    if (state === 'body' && buf.slice(pos, lt).trim() !== '') {
      pos = lt;
      return fail('xzufi/unexpected-text', 'The transfer message has text between its entries.');
    }
    pos = lt;
    if (lt + 9 > buf.length && !final) return 'more';
    const next = buf.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      const [open, close] = buf.startsWith('<!--', lt)
        ? ['<!--', '-->']
        : buf.startsWith('<![CDATA[', lt)
          ? ['<![CDATA[', ']]>']
          : ['', ''];
      if (open === '') return fail('xml/doctype-forbidden', 'DOCTYPE and other declarations are refused.');
      if (open === '<![CDATA[' && state !== 'body') return fail('xml/malformed', 'CDATA outside the root.');
      const end = buf.indexOf(close, lt + open.length);
      if (end === -1) return final ? fail('xml/malformed', 'Unterminated comment or CDATA.') : 'more';
      if (open === '<![CDATA[' && buf.slice(lt + 9, end).trim() !== '') {
        return fail('xzufi/unexpected-text', 'The transfer message has text between its entries.');
      }
      pos = end + close.length;
      return undefined;
    }
    if (next === 0x3f /* ? */) {
      const end = buf.indexOf('?>', lt + 2);
      if (end === -1) return final ? fail('xml/malformed', 'Unterminated processing instruction.') : 'more';
      pos = end + 2;
      return undefined;
    }
    if (next === 0x2f /* / */) {
      const end = buf.indexOf('>', lt);
      if (end === -1) return final ? fail('xml/malformed', 'Unterminated end tag.') : 'more';
      const name = buf.slice(lt + 2, end).trim();
      if (state !== 'body' || root === undefined || name !== root.name) {
        return fail('xml/malformed', `Unexpected end tag </${name}>.`);
      }
      pos = end + 1;
      state = 'epilog';
      return undefined;
    }
    if (state === 'epilog') return fail('xml/malformed', 'Content after the root element.');
    const tag = readStartTag(buf, lt);
    if (tag === undefined) return final ? fail('xml/malformed', 'Unterminated start tag.') : 'more';
    if (state === 'prolog') {
      const at = locate(base + lt);
      const uri = tag.namespaces[tag.prefix] ?? '';
      const problem = versionProblemFor(uri, { path: `/${tag.local}`, ...at }, profiles);
      root = tag;
      pos = tag.end;
      if (problem !== undefined) {
        done = true;
        return { type: 'error', ...at, diagnostics: [problem] };
      }
      profile = profiles.find((p) => p.vocabulary.namespace === uri) ?? profile;
      objectKinds = Object.keys(profile.objects);
      if (objectKinds.includes(tag.local)) {
        done = true;
        const d = diagnostic(
          'error',
          'xzufi/not-a-transfer',
          `<${tag.name}> is a single transfer object, not a transfer message; read it with parse().`,
          'xzufi',
          { path: `/${tag.local}`, ...at },
        );
        return { type: 'error', ...at, diagnostics: [d] };
      }
      rootDecls = Object.entries(tag.namespaces)
        .map(([p, u]) => ` ${p === '' ? 'xmlns' : `xmlns:${p}`}="${escapeAttr(u)}"`)
        .join('');
      const attributes: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = v;
      state = tag.selfClosing ? 'epilog' : 'body';
      const version = profile.version;
      return { type: 'root', name: tag.local, namespace: uri, version, attributes, ...at, diagnostics: [] };
    }
    // A child of the root: find its end.
    let end = tag.end;
    if (!tag.selfClosing) {
      const closing = `</${tag.name}`;
      let from = tag.end;
      for (;;) {
        const c = buf.indexOf(closing, from);
        if (c === -1) {
          if (buf.length - lt > maxEntry) {
            return fail('xzufi/entry-limit', `An entry exceeds the limit of ${maxEntry} characters.`);
          }
          return final ? fail('xml/malformed', `<${tag.name}> is not closed.`) : 'more';
        }
        const after = buf.charCodeAt(c + closing.length);
        if (Number.isNaN(after))
          return final ? fail('xml/malformed', `<${tag.name}> is not closed.`) : 'more';
        if (after === 0x3e || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d) {
          const gt = buf.indexOf('>', c);
          if (gt === -1) return final ? fail('xml/malformed', `<${tag.name}> is not closed.`) : 'more';
          end = gt + 1;
          break;
        }
        from = c + closing.length;
      }
    }
    const at = locate(base + lt);
    pos = end;
    return entryItem(buf.slice(lt, end), tag, at);
  };

  const entryItem = (xml: string, tag: StartTag, at: { line: number; column: number }): AnyItem => {
    const uri = tag.namespaces[tag.prefix] ?? root?.namespaces[tag.prefix] ?? '';
    const ns = profile.vocabulary.namespace;
    const message =
      uri === ns
        ? tag.local === 'schreibe'
          ? profile.schreibe
          : tag.local === 'loesche'
            ? profile.loesche
            : undefined
        : undefined;
    if (message === undefined) {
      const known = ['nachrichtenkopf', 'transaktionID', 'transaktionPosition'];
      const diagnostics =
        uri === ns && known.includes(tag.local)
          ? []
          : [
              diagnostic(
                'warning',
                'xzufi/unknown-element',
                `<${tag.name}> is not defined in a transfer message; kept verbatim.`,
                'xzufi',
                { path: `${pathHere()}/${tag.local}`, ...at },
              ),
            ];
      return { type: 'element', name: tag.local, xml, ...at, diagnostics };
    }
    // Add the root's namespace declarations (the element's own ones win) right after the name.
    const insert = 1 + tag.name.length;
    const decls = rootDecls === '' ? '' : ownDecls(rootDecls, tag.namespaces);
    const text = decls === '' ? xml : xml.slice(0, insert) + decls + xml.slice(insert);
    const bound = bindDocument<Record<string, unknown>>(text, [message], profile.vocabulary);
    const diagnostics = bound.diagnostics.map((d) => shift(d, at, pathHere()));
    if (message === profile.loesche) {
      return { type: 'loesche', value: bound.value ?? {}, ...at, diagnostics };
    }
    const value = bound.value ?? {};
    if (bound.value !== undefined) {
      for (const d of profile.checkEntries([value], bound.sourceMap)) {
        diagnostics.push(shift(d, at, pathHere()));
      }
    }
    const kind = objectKinds.find((k) => value[k] !== undefined);
    return { type: 'schreibe', kind, value, ...at, diagnostics };
  };

  // While an entry is incomplete, new text waits here until it at least doubles the unread buffer (or
  // passes maxEntry): scanning and flattening the buffer once per chunk made a large entry quadratic.
  const pending: string[] = [];
  let pendingLength = 0;
  let waiting = false;
  try {
    for await (const chunk of chunks) {
      if (done) return;
      let text: string;
      if (typeof chunk === 'string') text = chunk;
      else {
        decoder ??= decoderFor(chunk);
        text = decoder.decode(chunk, { stream: true });
      }
      pending.push(text);
      pendingLength += text.length;
      const unread = buf.length - pos;
      if (waiting && pendingLength < unread && unread + pendingLength <= maxEntry) continue;
      if (pos > 0) {
        locate(base + pos);
        buf = buf.slice(pos);
        base += pos;
        pos = 0;
      }
      buf += pending.join('');
      pending.length = 0;
      pendingLength = 0;
      for (;;) {
        const item = step(false);
        waiting = item === 'more';
        if (item === 'more') break;
        if (item !== undefined) yield item;
        if (done) return;
      }
    }
    buf += pending.join('');
    if (decoder !== undefined) buf += decoder.decode();
    for (;;) {
      if (pos >= buf.length) break;
      const item = step(true);
      if (item === 'more') break;
      if (item !== undefined) yield item;
      if (done) return;
    }
    if (state === 'prolog') yield fail('xml/empty', 'The document has no root element.');
    else if (state === 'body') yield fail('xml/malformed', `The root <${root?.name}> is not closed.`);
  } catch (e) {
    if (e instanceof Failure) {
      yield fail(e.code, e.message);
      return;
    }
    if (e instanceof TypeError && /encod|decod/i.test(e.message)) {
      yield fail('xzufi/encoding', `The input is not valid in its encoding: ${e.message}`);
      return;
    }
    throw e;
  }
}
