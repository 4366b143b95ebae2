/**
 * Event logs of fimkit's tokenizer and of saxes (the reference), in one format, for differential tests:
 * start tags with name, namespace, attributes and the line and column of their `<`, end tags, text
 * (adjacent text events merged), CDATA, comments, processing instructions, the XML declaration, and
 * the number of well-formedness errors.
 *
 * @module
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { RawTag } from '../../src/core/xml/raw-reader.js';
import { Tokenizer } from '../../src/core/xml/scanner.js';
import type { TokenHandlers, XmlDecl } from '../../src/core/xml/scanner-events.js';

/** What a tokenizer reported. */
export interface EventLog {
  readonly events: string[];
  readonly errors: string[];
  /** Line:column of each error, in order. */
  readonly errorAt: string[];
}

function tagEvent(tag: RawTag | SaxesTagNS, line: number, column: number): string {
  const attrs = Object.values(tag.attributes).map((a) => {
    const attr = a as { name: string; prefix: string; local: string; uri: string; value: string };
    return [attr.name, attr.prefix, attr.local, attr.uri, attr.value];
  });
  return `open ${JSON.stringify([tag.name, tag.prefix, tag.local, tag.uri, attrs, line, column])}`;
}

function push(log: EventLog, event: string): void {
  const last = log.events[log.events.length - 1];
  if (event.startsWith('text ') && last?.startsWith('text ')) {
    const merged = JSON.parse(last.slice(5)) + JSON.parse(event.slice(5));
    log.events[log.events.length - 1] = `text ${JSON.stringify(merged)}`;
  } else log.events.push(event);
}

function declEvent(decl: XmlDecl): string {
  return `decl ${JSON.stringify([decl.version, decl.encoding, decl.standalone])}`;
}

/** Records the events of fimkit's tokenizer. */
class Recorder implements TokenHandlers {
  readonly log: EventLog = { events: [], errors: [], errorAt: [] };
  tokenizer: Tokenizer | undefined;
  private line = 0;
  private column = 0;
  xmldecl(decl: XmlDecl): void {
    push(this.log, declEvent(decl));
  }
  doctype(): void {
    push(this.log, 'doctype');
  }
  opentagstart(_name: string, line: number, column: number): void {
    this.line = line;
    this.column = column;
  }
  opentag(tag: RawTag): void {
    push(this.log, tagEvent(tag, this.line, this.column));
  }
  closetag(): void {
    push(this.log, 'close');
  }
  text(value: string): void {
    if (value !== '') push(this.log, `text ${JSON.stringify(value)}`);
  }
  cdata(value: string): void {
    push(this.log, `cdata ${JSON.stringify(value)}`);
  }
  comment(value: string): void {
    push(this.log, `comment ${JSON.stringify(value)}`);
  }
  pi(target: string, body: string): void {
    push(this.log, `pi ${JSON.stringify([target, body])}`);
  }
  error(message: string): void {
    this.log.errors.push(message);
    this.log.errorAt.push(`${this.tokenizer!.line}:${this.tokenizer!.column}`);
  }
}

/** Tokenizes `chunks` with fimkit's tokenizer. */
export function ownEvents(chunks: readonly string[]): EventLog {
  const r = new Recorder();
  const t = new Tokenizer(r);
  r.tokenizer = t;
  for (const c of chunks) t.write(c);
  t.close();
  return r.log;
}

/** saxes' private position state (as the former adapter read it) to locate a start tag's `<`. */
interface PositionState {
  readonly chunk: string;
  readonly chunkPosition: number;
  readonly prevI: number;
  readonly positionAtNewLine: number;
  readonly line: number;
}

/** Tokenizes `text` with saxes (xmlns, position), the reference. */
export function saxesEvents(text: string): EventLog {
  const log: EventLog = { events: [], errors: [], errorAt: [] };
  const p = new SaxesParser({ xmlns: true, position: true });
  let line = 0;
  let column = 0;
  p.on('xmldecl', (d) => push(log, declEvent(d)));
  p.on('doctype', () => push(log, 'doctype'));
  p.on('opentagstart', (tag) => {
    const s = p as unknown as PositionState;
    const lt = s.prevI - tag.name.length - 1;
    const after = s.chunk.charCodeAt(s.prevI);
    if (after !== 0x0a && after !== 0x0d) {
      line = s.line;
      column = s.chunkPosition + lt - s.positionAtNewLine + 1;
    } else {
      const lineBreak = Math.max(s.chunk.lastIndexOf('\n', lt), s.chunk.lastIndexOf('\r', lt));
      line = s.line - 1;
      column = lt - lineBreak;
    }
  });
  p.on('opentag', (tag) => push(log, tagEvent(tag, line, column)));
  p.on('closetag', () => push(log, 'close'));
  p.on('text', (v) => {
    if (v !== '') push(log, `text ${JSON.stringify(v)}`);
  });
  p.on('cdata', (v) => push(log, `cdata ${JSON.stringify(v)}`));
  p.on('comment', (v) => push(log, `comment ${JSON.stringify(v)}`));
  p.on('processinginstruction', (pi) => push(log, `pi ${JSON.stringify([pi.target, pi.body])}`));
  p.on('error', (e) => {
    log.errors.push(e.message);
    log.errorAt.push('');
  });
  p.write(text);
  p.close();
  return log;
}
