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
  #declares = false;
  /** Depths (open ancestors when they were opened) of the open elements that declare namespaces. */
  readonly #declaring: number[] = [];
  /** Two cached resolutions of the ancestors' declarations (prefix, then URI or undefined). */
  #prefix0: string | undefined = undefined;
  #uri0: string | undefined = undefined;
  #prefix1: string | undefined = undefined;
  #uri1: string | undefined = undefined;

  constructor(h: TokenHandlers) {
    super({ xmlns: true, position: true });
    const self = this as unknown as HandlerSlots;
    const state = this as unknown as NamespaceState;
    self.attributeHandler = (attr) => {
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') this.#declares = true;
    };
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
    self.openTagHandler = (tag) => {
      if (this.#declares) {
        // saxes pushes the tag onto its stack right after this handler: its declarations become the
        // ancestors' declarations of what follows.
        this.#declares = false;
        this.#declaring.push(state.tags.length);
        this.#forget();
      }
      h.opentag(tag);
    };
    self.closeTagHandler = () => {
      // Called after saxes popped the tag (or, for a self-closing tag, never pushed it).
      const declaring = this.#declaring;
      if (declaring.length > 0 && declaring[declaring.length - 1] === state.tags.length) {
        declaring.pop();
        this.#forget();
      }
      h.closetag();
    };
    self.textHandler = h.text;
    self.cdataHandler = h.cdata;
    self.commentHandler = h.comment;
    self.piHandler = (pi) => h.pi(pi.target ?? '', pi.body);
    self.errorHandler = (err) => h.error(err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
  }

  #forget(): void {
    this.#prefix0 = undefined;
    this.#uri0 = undefined;
    this.#prefix1 = undefined;
    this.#uri1 = undefined;
  }

  /** saxes' `resolve`, with the ancestors' part cached (see the class comment). */
  override resolve(prefix: string): string | undefined {
    // saxes reads all of a start tag's attributes before it resolves any prefix, so `#declares` tells
    // whether the tag has declarations of its own to look at first.
    if (this.#declares) {
      const own = (this as unknown as NamespaceState).topNS[prefix];
      if (own !== undefined) return own;
    }
    if (prefix === this.#prefix0) return this.#uri0;
    if (prefix === this.#prefix1) return this.#uri1;
    const uri = super.resolve(prefix);
    this.#prefix1 = this.#prefix0;
    this.#uri1 = this.#uri0;
    this.#prefix0 = prefix;
    this.#uri0 = uri;
    return uri;
  }
}
