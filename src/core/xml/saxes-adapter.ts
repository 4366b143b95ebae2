/**
 * The only file that knows saxes. Swapping the tokenizer means rewriting this file alone.
 *
 * The handlers are installed in the constructor rather than through `parser.on()`: saxes stores each
 * handler as a property added after construction, and with more than six of them V8 moves the parser to a
 * slower object layout that makes tokenizing about four times slower (measured in `bench/`). Assigning
 * them in a subclass constructor keeps them in the object's initial layout.
 *
 * @module
 */
import { SaxesParser, type SaxesTagNS, type XMLDecl } from 'saxes';

/** The tokenizer events the reader listens to. */
export interface TokenHandlers {
  xmldecl(decl: XMLDecl): void;
  doctype(): void;
  /** A start tag's name has been read; `line` and `column` (1-based, UTF-16 code units) locate its `<`. */
  opentagstart(name: string, line: number, column: number): void;
  opentag(tag: SaxesTagNS): void;
  closetag(): void;
  text(value: string): void;
  cdata(value: string): void;
  comment(value: string): void;
  pi(target: string, body: string): void;
  error(message: string): void;
}

interface HandlerSlots {
  xmldeclHandler: (decl: XMLDecl) => void;
  doctypeHandler: () => void;
  openTagStartHandler: (tag: { name: string }) => void;
  openTagHandler: (tag: SaxesTagNS) => void;
  closeTagHandler: () => void;
  textHandler: (text: string) => void;
  cdataHandler: (text: string) => void;
  commentHandler: (text: string) => void;
  piHandler: (pi: { target?: string; body: string }) => void;
  errorHandler: (err: Error) => void;
}

/** saxes' private position state, read once per start tag to locate its `<` exactly. */
interface PositionState {
  readonly chunk: string;
  readonly chunkPosition: number;
  readonly prevI: number;
  readonly positionAtNewLine: number;
  readonly line: number;
}

/** A namespace-aware saxes parser with position tracking and a fixed set of handlers. */
export class Tokenizer extends SaxesParser<{ xmlns: true; position: true }> {
  constructor(h: TokenHandlers) {
    super({ xmlns: true, position: true });
    const self = this as unknown as HandlerSlots;
    self.xmldeclHandler = h.xmldecl;
    self.doctypeHandler = h.doctype;
    self.openTagStartHandler = (tag) => {
      // saxes has read the name and the one character after it (at chunk index prevI), so the '<' is
      // name.length + 1 code units before that character. When that character is a line break, saxes has
      // already moved to the next line; the '<' is on the line before.
      const s = this as unknown as PositionState;
      const lt = s.prevI - tag.name.length - 1;
      const after = s.chunk.charCodeAt(s.prevI);
      if (after !== 0x0a && after !== 0x0d) {
        h.opentagstart(tag.name, s.line, s.chunkPosition + lt - s.positionAtNewLine + 1);
      } else {
        const lineBreak = Math.max(s.chunk.lastIndexOf('\n', lt), s.chunk.lastIndexOf('\r', lt));
        h.opentagstart(tag.name, s.line - 1, lt - lineBreak);
      }
    };
    self.openTagHandler = h.opentag;
    self.closeTagHandler = h.closetag;
    self.textHandler = h.text;
    self.cdataHandler = h.cdata;
    self.commentHandler = h.comment;
    self.piHandler = (pi) => h.pi(pi.target ?? '', pi.body);
    self.errorHandler = (err) => h.error(err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
  }
}
