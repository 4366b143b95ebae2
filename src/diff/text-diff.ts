/**
 * Word-level, HTML-aware text diff: XZuFi texts hold HTML markup, so a text is split into tags and
 * words, and a change is reported as a markup change (tags only), a wording change (words only) or both.
 * Whitespace differences alone are no change.
 *
 * @module
 */

/**
 * One token of a text: an HTML tag (`<p>`, `</strong>`, `<br/>`) or a word (entities decoded).
 *
 * @example
 * ```ts
 * const t: TextToken = { type: 'tag', text: '<strong>' };
 * ```
 */
export interface TextToken {
  readonly type: 'tag' | 'word';
  readonly text: string;
}

/**
 * One run of a text diff: tokens kept, inserted or deleted.
 *
 * @example
 * ```ts
 * const op: TextDiffOp = { op: 'insert', type: 'word', text: 'befristet' };
 * ```
 */
export interface TextDiffOp {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly type: 'tag' | 'word';
  /** The tokens of the run, joined by single spaces (words) or nothing (tags). */
  readonly text: string;
}

/**
 * What kind of change a text underwent: `none` (equal up to whitespace), `markup` (only tags),
 * `wording` (only words), `both`.
 *
 * @example
 * ```ts
 * const k: TextChangeKind = 'markup';
 * ```
 */
export type TextChangeKind = 'none' | 'markup' | 'wording' | 'both';

/**
 * The result of {@link diffText}.
 *
 * @example
 * ```ts
 * const d: TextDiff = diffText('<p>a</p>', '<p>b</p>');
 * d.kind; // 'wording'
 * ```
 */
export interface TextDiff {
  readonly kind: TextChangeKind;
  readonly ops: readonly TextDiffOp[];
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
  readonly tagsAdded: number;
  readonly tagsRemoved: number;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      const cp = Number.parseInt(name.slice(2), 16);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    if (name.startsWith('#')) {
      const cp = Number.parseInt(name.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function normalizeTag(tag: string): string {
  const inner = tag.slice(1, -1).trim().replace(/\s+/g, ' ');
  const m = /^(\/?)([^\s/>]+)(.*)$/s.exec(inner);
  if (m === null) return `<${inner}>`;
  const rest = m[3]!.replace(/\s*\/$/, '/').replace(/^\s+/, ' ');
  return `<${m[1]}${m[2]!.toLowerCase()}${rest}>`;
}

/**
 * Splits a text into tags and words. Tags are normalised (element name in lower case, whitespace
 * collapsed); words are split at whitespace (including no-break spaces) with entities decoded.
 *
 * @example
 * ```ts
 * tokenizeHtml('<P>Hallo&nbsp;Welt</P>').map((t) => t.text); // ['<p>', 'Hallo', 'Welt', '</p>']
 * ```
 */
export function tokenizeHtml(text: string): TextToken[] {
  const out: TextToken[] = [];
  const re = /<[!/?a-zA-Z][^<>]*>|[^<]+|</g;
  for (const m of text.matchAll(re)) {
    const part = m[0];
    if (part.length > 1 && part.startsWith('<')) {
      if (!part.startsWith('<!--')) out.push({ type: 'tag', text: normalizeTag(part) });
      continue;
    }
    for (const w of decodeEntities(part).split(/\s+/u)) if (w !== '') out.push({ type: 'word', text: w });
  }
  return out;
}

/** Largest token table (left x right) compared exactly; beyond it the differing middle is replaced. */
const MAX_CELLS = 4_000_000;

/**
 * Compares two (HTML) texts word by word. Tag and word changes are counted separately so callers can
 * tell a markup change from a wording change.
 *
 * @example
 * ```ts
 * diffText('<p>Die Erlaubnis gilt.</p>', '<p>Die Erlaubnis <strong>gilt.</strong></p>').kind; // 'markup'
 * ```
 */
export function diffText(before: string, after: string): TextDiff {
  const a = tokenizeHtml(before);
  const b = tokenizeHtml(after);
  const same = (x: TextToken, y: TextToken) => x.type === y.type && x.text === y.text;
  let start = 0;
  while (start < a.length && start < b.length && same(a[start]!, b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && same(a[endA - 1]!, b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const raw: { op: TextDiffOp['op']; token: TextToken }[] = [];
  for (let i = 0; i < start; i++) raw.push({ op: 'equal', token: a[i]! });
  raw.push(...middle(a.slice(start, endA), b.slice(start, endB), same));
  for (let i = endA; i < a.length; i++) raw.push({ op: 'equal', token: a[i]! });

  let wordsAdded = 0;
  let wordsRemoved = 0;
  let tagsAdded = 0;
  let tagsRemoved = 0;
  const ops: { op: TextDiffOp['op']; type: TextToken['type']; parts: string[] }[] = [];
  for (const { op, token } of raw) {
    if (op === 'insert') token.type === 'word' ? wordsAdded++ : tagsAdded++;
    if (op === 'delete') token.type === 'word' ? wordsRemoved++ : tagsRemoved++;
    const last = ops[ops.length - 1];
    if (last !== undefined && last.op === op && last.type === token.type) last.parts.push(token.text);
    else ops.push({ op, type: token.type, parts: [token.text] });
  }
  const wording = wordsAdded + wordsRemoved > 0;
  const markup = tagsAdded + tagsRemoved > 0;
  return {
    kind: wording && markup ? 'both' : wording ? 'wording' : markup ? 'markup' : 'none',
    ops: ops.map((o) => ({ op: o.op, type: o.type, text: o.parts.join(o.type === 'word' ? ' ' : '') })),
    wordsAdded,
    wordsRemoved,
    tagsAdded,
    tagsRemoved,
  };
}

function middle(
  a: readonly TextToken[],
  b: readonly TextToken[],
  same: (x: TextToken, y: TextToken) => boolean,
): { op: TextDiffOp['op']; token: TextToken }[] {
  const out: { op: TextDiffOp['op']; token: TextToken }[] = [];
  if (a.length * b.length > MAX_CELLS) {
    for (const t of a) out.push({ op: 'delete', token: t });
    for (const t of b) out.push({ op: 'insert', token: t });
    return out;
  }
  // LCS lengths of suffixes: lcs[i][j] = LCS of a[i..] and b[j..].
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = same(a[i]!, b[j]!)
        ? lcs[(i + 1) * w + j + 1]! + 1
        : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!)) {
      out.push({ op: 'equal', token: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
      out.push({ op: 'delete', token: a[i++]! });
    } else {
      out.push({ op: 'insert', token: b[j++]! });
    }
  }
  while (i < a.length) out.push({ op: 'delete', token: a[i++]! });
  while (j < b.length) out.push({ op: 'insert', token: b[j++]! });
  return out;
}
