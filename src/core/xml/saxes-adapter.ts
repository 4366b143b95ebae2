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
  opentagstart(name: string): void;
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

/** A namespace-aware saxes parser with position tracking and a fixed set of handlers. */
export class Tokenizer extends SaxesParser<{ xmlns: true; position: true }> {
  constructor(h: TokenHandlers) {
    super({ xmlns: true, position: true });
    const self = this as unknown as HandlerSlots;
    self.xmldeclHandler = h.xmldecl;
    self.doctypeHandler = h.doctype;
    self.openTagStartHandler = (tag) => h.opentagstart(tag.name);
    self.openTagHandler = h.opentag;
    self.closeTagHandler = h.closetag;
    self.textHandler = h.text;
    self.cdataHandler = h.cdata;
    self.commentHandler = h.comment;
    self.piHandler = (pi) => h.pi(pi.target ?? '', pi.body);
    self.errorHandler = (err) => h.error(err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
  }
}
