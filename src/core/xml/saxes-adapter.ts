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
  attributeHandler: (attr: { name: string; prefix: string }) => void;
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

/** saxes' private namespace state: the current tag's own declarations and the open ancestors. */
interface NamespaceState {
  readonly topNS: Readonly<Record<string, string>>;
  readonly tags: readonly unknown[];
}

/**
 * A namespace-aware saxes parser with position tracking and a fixed set of handlers.
 *
 * Prefix resolution is cached: saxes resolves each prefix by searching every open element's
 * declarations, one dictionary miss per level, on every start tag and prefixed attribute. Declarations
 * change only when an element that makes some is opened or closed, so the result for the ancestors is
 * kept until then (the element's own declarations are still looked up first, as saxes does).
 */
export class Tokenizer extends SaxesParser<{ xmlns: true; position: true }> {
  /** The current start tag declares namespaces. */
  private nsDeclares = false;
  /** Depths (open ancestors when they were opened) of the open elements that declare namespaces. */
  private readonly nsDeclaring: number[] = [];
  /** Two cached resolutions of the ancestors' declarations (prefix, then URI or undefined). */
  private nsPrefix0: string | undefined = undefined;
  private nsUri0: string | undefined = undefined;
  private nsPrefix1: string | undefined = undefined;
  private nsUri1: string | undefined = undefined;

  /** Where the events go. */
  readonly sink: TokenHandlers;
  /** Attributes written in the current start tag, namespace declarations included. */
  attributesWritten = 0;

  constructor(sink: TokenHandlers) {
    super({ xmlns: true, position: true });
    this.sink = sink;
    // Handlers that saxes calls as methods are one function object for the whole process (not one per
    // parser): optimised code inlines handler targets, and a target that dies with its parser can
    // deoptimise that code at the next full GC (measured in bench/: 3x slower after a few GCs). saxes
    // calls the text, close-tag and error handlers without a receiver; those are arrow functions that
    // only forward to methods.
    const self = this as unknown as HandlerSlots;
    self.attributeHandler = Tokenizer.onAttribute;
    self.xmldeclHandler = onXmlDecl;
    self.doctypeHandler = onDoctype;
    self.openTagStartHandler = onOpenTagStart;
    self.openTagHandler = Tokenizer.onOpenTag;
    self.closeTagHandler = () => this.afterCloseTag();
    self.textHandler = (text) => this.sink.text(text);
    self.cdataHandler = onCdata;
    self.commentHandler = onComment;
    self.piHandler = onPi;
    self.errorHandler = (err) => this.sink.error(err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
  }

  private static readonly onAttribute = function (
    this: Tokenizer,
    attr: { name: string; prefix: string },
  ): void {
    this.attributesWritten++;
    if (attr.prefix === 'xmlns' || attr.name === 'xmlns') this.nsDeclares = true;
  };

  private static readonly onOpenTag = function (this: Tokenizer, tag: SaxesTagNS): void {
    if (this.nsDeclares) {
      // saxes pushes the tag onto its stack right after this handler: its declarations become the
      // ancestors' declarations of what follows.
      this.nsDeclares = false;
      this.nsDeclaring.push((this as unknown as NamespaceState).tags.length);
      this.nsForget();
    }
    this.sink.opentag(tag);
  };

  private afterCloseTag(): void {
    // Called after saxes popped the tag (or, for a self-closing tag, never pushed it).
    const declaring = this.nsDeclaring;
    if (
      declaring.length > 0 &&
      declaring[declaring.length - 1] === (this as unknown as NamespaceState).tags.length
    ) {
      declaring.pop();
      this.nsForget();
    }
    this.sink.closetag();
  }

  private nsForget(): void {
    this.nsPrefix0 = undefined;
    this.nsUri0 = undefined;
    this.nsPrefix1 = undefined;
    this.nsUri1 = undefined;
  }

  /** saxes' `resolve`, with the ancestors' part cached (see the class comment). */
  override resolve(prefix: string): string | undefined {
    // saxes reads all of a start tag's attributes before it resolves any prefix, so `#declares` tells
    // whether the tag has declarations of its own to look at first.
    if (this.nsDeclares) {
      const own = (this as unknown as NamespaceState).topNS[prefix];
      if (own !== undefined) return own;
    }
    if (prefix === this.nsPrefix0) return this.nsUri0;
    if (prefix === this.nsPrefix1) return this.nsUri1;
    const uri = super.resolve(prefix);
    this.nsPrefix1 = this.nsPrefix0;
    this.nsUri1 = this.nsUri0;
    this.nsPrefix0 = prefix;
    this.nsUri0 = uri;
    return uri;
  }
}

function onXmlDecl(this: Tokenizer, decl: XMLDecl): void {
  this.sink.xmldecl(decl);
}

function onDoctype(this: Tokenizer): void {
  this.sink.doctype();
}

function onOpenTagStart(this: Tokenizer, tag: { name: string }): void {
  this.attributesWritten = 0;
  // saxes has read the name and the one character after it (at chunk index prevI), so the '<' is
  // name.length + 1 code units before that character. When that character is a line break, saxes has
  // already moved to the next line; the '<' is on the line before.
  const s = this as unknown as PositionState;
  const lt = s.prevI - tag.name.length - 1;
  const after = s.chunk.charCodeAt(s.prevI);
  if (after !== 0x0a && after !== 0x0d) {
    this.sink.opentagstart(tag.name, s.line, s.chunkPosition + lt - s.positionAtNewLine + 1);
  } else {
    const lineBreak = Math.max(s.chunk.lastIndexOf('\n', lt), s.chunk.lastIndexOf('\r', lt));
    this.sink.opentagstart(tag.name, s.line - 1, lt - lineBreak);
  }
}

function onCdata(this: Tokenizer, text: string): void {
  this.sink.cdata(text);
}

function onComment(this: Tokenizer, text: string): void {
  this.sink.comment(text);
}

function onPi(this: Tokenizer, pi: { target?: string; body: string }): void {
  this.sink.pi(pi.target ?? '', pi.body);
}
