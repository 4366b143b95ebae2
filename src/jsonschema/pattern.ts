/**
 * Translation of XML Schema regular expressions (XSD Part 2, Appendix F: the flavour of XDatenfelder
 * `praezisierung/@pattern`) into ECMA-262 regular expressions with the `u` flag, as JSON Schema's
 * `pattern` keyword expects.
 *
 * XSD patterns match the whole value; JSON Schema patterns match anywhere, so the result is anchored
 * (`^(?:…)$`). Constructs without an exact ECMAScript counterpart (`\i`, `\c`, block escapes
 * `\p{IsBasicLatin}`, character class subtraction, anything that is not XSD syntax) are reported as not
 * translatable instead of being guessed.
 *
 * @module
 */

/**
 * A problem found while translating a pattern (code without the `jsonschema/` prefix).
 *
 * @example
 * ```ts
 * const p: PatternProblem = { code: 'pattern-anchor', message: 'Trailing "$" read as an anchor.' };
 * ```
 */
export interface PatternProblem {
  /** `pattern-untranslatable`, `pattern-anchor` or `pattern-backtracking`. */
  readonly code: 'pattern-untranslatable' | 'pattern-anchor' | 'pattern-backtracking';
  /** Human-readable explanation. */
  readonly message: string;
}

/**
 * The outcome of {@link translateXsdPattern}: the ECMAScript source (undefined when not translatable)
 * and the problems found.
 *
 * @example
 * ```ts
 * const t: PatternTranslation = { source: '^(?:[0-9]{5})$', problems: [] };
 * ```
 */
export interface PatternTranslation {
  /** Anchored ECMAScript source for JSON Schema `pattern` (use with the `u` flag), or undefined. */
  readonly source: string | undefined;
  /** Problems: `pattern-untranslatable` means `source` is undefined. */
  readonly problems: readonly PatternProblem[];
}

class Untranslatable extends Error {}

const SINGLE_ESCAPES: Record<string, string> = { n: '\\n', r: '\\r', t: '\\t' };
/** Characters that XSD escapes with a backslash and ECMAScript (u flag) accepts escaped as well. */
const SYNTAX = new Set(['\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '[', ']', '^', '$']);
/** General category names XSD allows in `\p{…}` (ECMAScript supports the same short names). */
const CATEGORY = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|Z[slp]?|S[mcko]?|C[cfon]?)$/;
const XSD_SPACE = ' \\t\\n\\r';

interface Group {
  /** The group contains an unbounded quantifier (`*`, `+`, `{n,}`). */
  unbounded: boolean;
}

/**
 * Translates an XSD regular expression into an anchored ECMAScript (`u` flag) source for JSON Schema.
 *
 * `\d` becomes `\p{Nd}` and `\w` `[^\p{P}\p{Z}\p{C}]` (XSD's Unicode definitions), `\s` becomes
 * `[ \t\n\r]` and `.` `[^\n\r]`. A leading `^` and a trailing `$` (literal characters in XSD, but
 * almost always meant as anchors in FIM data) are dropped with a `pattern-anchor` note. Nested
 * unbounded quantifiers such as `(a+)+` are kept but flagged with `pattern-backtracking`.
 *
 * @example
 * ```ts
 * translateXsdPattern('([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}').source;
 * // '^(?:([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3})$'
 * translateXsdPattern('[a-z-[aeiou]]+').source; // undefined (class subtraction)
 * ```
 */
export function translateXsdPattern(pattern: string): PatternTranslation {
  const problems: PatternProblem[] = [];
  let body = pattern;
  if (body.startsWith('^')) {
    body = body.slice(1);
    problems.push({
      code: 'pattern-anchor',
      message: 'Leading "^" read as an anchor (XSD patterns are anchored).',
    });
  }
  if (body.endsWith('$') && !endsWithEscape(body)) {
    body = body.slice(0, -1);
    problems.push({
      code: 'pattern-anchor',
      message: 'Trailing "$" read as an anchor (XSD patterns are anchored).',
    });
  }
  try {
    const out = translateBody(body, problems);
    const source = `^(?:${out})$`;
    new RegExp(source, 'u');
    return { source, problems };
  } catch (error) {
    const reason = error instanceof Untranslatable ? error.message : 'not a valid regular expression';
    problems.push({
      code: 'pattern-untranslatable',
      message: `Pattern "${pattern}" not translated: ${reason}.`,
    });
    return { source: undefined, problems };
  }
}

function endsWithEscape(s: string): boolean {
  let n = 0;
  for (let i = s.length - 2; i >= 0 && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function translateBody(p: string, problems: PatternProblem[]): string {
  let out = '';
  const groups: Group[] = [{ unbounded: false }];
  let lastAtom: 'none' | 'atom' | 'group' | 'quantified' = 'none';
  let lastGroup: Group | undefined;
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    if (c === '\\') {
      const [text, next] = escapeOutside(p, i);
      out += text;
      i = next;
      lastAtom = 'atom';
    } else if (c === '[') {
      const [text, next] = characterClass(p, i);
      out += text;
      i = next;
      lastAtom = 'atom';
    } else if (c === '(') {
      if (p[i + 1] === '?') throw new Untranslatable('"(?" is not XSD syntax');
      groups.push({ unbounded: false });
      out += '(';
      i++;
      lastAtom = 'none';
    } else if (c === ')') {
      const closed = groups.pop();
      if (closed === undefined || groups.length === 0) throw new Untranslatable('unbalanced ")"');
      out += ')';
      i++;
      lastAtom = 'group';
      lastGroup = closed;
    } else if (c === '|') {
      out += '|';
      i++;
      lastAtom = 'none';
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      if (lastAtom === 'none') throw new Untranslatable(`quantifier "${c}" without an atom`);
      if (lastAtom === 'quantified') throw new Untranslatable('a quantifier follows a quantifier');
      let unbounded = c === '*' || c === '+';
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
        if (m === null) throw new Untranslatable('malformed "{n,m}" quantifier');
        if (m[3] !== undefined && m[3] !== '' && Number(m[3]) < Number(m[1])) {
          throw new Untranslatable(`quantifier ${m[0]} has max < min`);
        }
        unbounded = m[2] !== undefined && m[3] === '';
        out += m[0];
        i += m[0].length;
      } else {
        out += c;
        i++;
      }
      if (unbounded && lastAtom === 'group' && lastGroup?.unbounded === true) {
        problems.push({
          code: 'pattern-backtracking',
          message:
            'Nested unbounded quantifiers (like "(a+)+") can backtrack catastrophically on long input.',
        });
      }
      if (unbounded || (lastAtom === 'group' && lastGroup?.unbounded === true))
        groups.at(-1)!.unbounded = true;
      lastAtom = 'quantified';
    } else if (c === '.') {
      out += '[^\\n\\r]';
      i++;
      lastAtom = 'atom';
    } else if (c === '^' || c === '$') {
      out += `\\${c}`;
      i++;
      lastAtom = 'atom';
    } else if (c === ']' || c === '}') {
      throw new Untranslatable(`unescaped "${c}"`);
    } else {
      out += c === '/' ? '\\/' : c;
      i++;
      lastAtom = 'atom';
    }
  }
  if (groups.length !== 1) throw new Untranslatable('unbalanced "("');
  return out;
}

/** `\x` outside a character class; returns the translation and the index after it. */
function escapeOutside(p: string, i: number): [string, number] {
  const e = p[i + 1];
  if (e === undefined) throw new Untranslatable('pattern ends with "\\"');
  const single = singleEscape(e, false);
  if (single !== undefined) return [single, i + 2];
  switch (e) {
    case 'd':
      return ['\\p{Nd}', i + 2];
    case 'D':
      return ['\\P{Nd}', i + 2];
    case 's':
      return [`[${XSD_SPACE}]`, i + 2];
    case 'S':
      return [`[^${XSD_SPACE}]`, i + 2];
    case 'w':
      return ['[^\\p{P}\\p{Z}\\p{C}]', i + 2];
    case 'W':
      return ['[\\p{P}\\p{Z}\\p{C}]', i + 2];
    case 'p':
    case 'P':
      return categoryEscape(p, i);
    default:
      throw new Untranslatable(untranslatableEscape(e));
  }
}

function untranslatableEscape(e: string): string {
  return 'iIcC'.includes(e)
    ? `"\\${e}" (XML name characters) has no ECMAScript counterpart`
    : `"\\${e}" is not an XSD escape`;
}

/** XSD single-character escapes; `inClass` allows `\-`. */
function singleEscape(e: string, inClass: boolean): string | undefined {
  const mapped = SINGLE_ESCAPES[e];
  if (mapped !== undefined) return mapped;
  if (SYNTAX.has(e)) return `\\${e}`;
  if (e === '-') return inClass ? '\\-' : '-';
  return undefined;
}

function categoryEscape(p: string, i: number): [string, number] {
  const m = /^\\([pP])\{([A-Za-z0-9-]+)\}/.exec(p.slice(i));
  if (m === null) throw new Untranslatable('malformed "\\p{…}"');
  if (!CATEGORY.test(m[2]!)) {
    throw new Untranslatable(
      m[2]!.startsWith('Is')
        ? `block escape "${m[0]}" has no ECMAScript counterpart`
        : `unknown category "${m[0]}"`,
    );
  }
  return [m[0], i + m[0].length];
}

/** A character class starting at `[`; returns the translation and the index after `]`. */
function characterClass(p: string, start: number): [string, number] {
  let i = start + 1;
  let out = '[';
  if (p[i] === '^') {
    out += '^';
    i++;
  }
  let first = true;
  while (i < p.length) {
    const c = p[i]!;
    if (c === ']' && !first) return [`${out}]`, i + 1];
    if (c === '-' && p[i + 1] === '[') throw new Untranslatable('character class subtraction "-[…]"');
    if (c === '[') throw new Untranslatable('unescaped "[" inside a character class');
    if (c === '\\') {
      const e = p[i + 1];
      if (e === undefined) throw new Untranslatable('pattern ends with "\\"');
      const single = singleEscape(e, true);
      if (single !== undefined) out += single;
      else if (e === 'd') out += '\\p{Nd}';
      else if (e === 'D') out += '\\P{Nd}';
      else if (e === 's') out += XSD_SPACE;
      else if (e === 'p' || e === 'P') {
        const [text, next] = categoryEscape(p, i);
        out += text;
        i = next;
        first = false;
        continue;
      } else if ('SwW'.includes(e)) {
        throw new Untranslatable(`"\\${e}" inside a character class has no ECMAScript (u flag) counterpart`);
      } else throw new Untranslatable(untranslatableEscape(e));
      i += 2;
    } else if (c === '-') {
      // A literal hyphen at the start or end of the class; a range operator otherwise.
      out += first || p[i + 1] === ']' ? '\\-' : '-';
      i++;
    } else {
      out += c === '/' ? '\\/' : c;
      i++;
    }
    first = false;
  }
  throw new Untranslatable('unterminated character class');
}
