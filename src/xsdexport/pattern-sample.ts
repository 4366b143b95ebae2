/**
 * A string that matches an XSD pattern, for sample instances: a small generator over the regular
 * expression subset FIM patterns use (literals, escapes, character classes, groups with alternatives,
 * `?`, `*`, `+`, `{n}`, `{n,m}`). It picks the first alternative, the smallest repeat count and the
 * first member of a class.
 *
 * @module
 */

const CLASS_ESCAPES: Readonly<Record<string, string>> = {
  d: '0',
  w: 'a',
  s: ' ',
  i: 'a',
  c: 'a',
  n: '\n',
  t: '\t',
  r: '\r',
};

/** A member of a Unicode category `\p{…}` (by its major class), or undefined. */
const CATEGORY: Readonly<Record<string, string>> = {
  L: 'a',
  Lu: 'A',
  Lt: 'A',
  N: '0',
  Nd: '0',
  P: '.',
  Z: ' ',
  Zs: ' ',
};

/**
 * One string matching `pattern`, or undefined when the pattern uses constructs this generator does not
 * know (negated classes, `\D`, `\P{…}`, class subtraction). With `minLength`, open-ended repeats are
 * stretched until the string is that long (where the pattern allows it).
 *
 * @example
 * ```ts
 * patternSample('([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}'); // '01000'
 * patternSample('[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{1,63}'); // 'A@A.A'
 * ```
 */
export function patternSample(pattern: string, minLength = 0): string | undefined {
  const shortest = generate(pattern, 0);
  if (shortest === undefined || shortest.length >= minLength) return shortest;
  return generate(pattern, minLength - shortest.length);
}

/** Generates with `extra` more repeats of the first open-ended (`*`, `+`, `{n,}`, `{n,m}`) atom. */
function generate(pattern: string, extra: number): string | undefined {
  let stretch = extra;
  const more = (a: string, limit: number): string => {
    const n = Math.min(stretch, limit);
    stretch -= n;
    return a.repeat(n);
  };
  let i = 0;
  const fail = (): never => {
    throw new RangeError('unsupported');
  };
  const category = (): string => {
    const m = /^\{(\w+)\}/.exec(pattern.slice(i)) ?? fail();
    i += m[0].length;
    const name = m[1] ?? '';
    return CATEGORY[name] ?? CATEGORY[name.slice(0, 1)] ?? fail();
  };
  const atom = (): string => {
    const c = pattern[i++] ?? fail();
    if (c === '\\') {
      const e = pattern[i++] ?? fail();
      if (e === 'p') return category();
      if (e in CLASS_ESCAPES) return CLASS_ESCAPES[e]!;
      if (/[.\\?*+{}()[\]^$|-]/.test(e)) return e;
      return fail();
    }
    if (c === '.') return 'a';
    if (c === '(') {
      const s = alternatives();
      if (pattern[i++] !== ')') fail();
      return s;
    }
    if (c === '[') {
      if (pattern[i] === '^') fail();
      let first: string | undefined;
      while (pattern[i] !== ']') {
        let ch = pattern[i++] ?? fail();
        if (ch === '\\') {
          const e = pattern[i++] ?? fail();
          ch = e === 'p' ? category() : (CLASS_ESCAPES[e] ?? (/[.\\?*+{}()[\]^$|-]/.test(e) ? e : fail()));
        } else if (ch === '[') fail();
        first ??= ch;
      }
      i++;
      return first ?? fail();
    }
    if (/[?*+{})|]/.test(c)) fail();
    return c;
  };
  const quantified = (): string => {
    const a = atom();
    const q = pattern[i];
    if (q === '?') {
      i++;
      return '';
    }
    if (q === '*' || q === '+') {
      i++;
      return (q === '+' ? a : '') + more(a, Number.POSITIVE_INFINITY);
    }
    if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i)) ?? fail();
      i += m[0].length;
      const min = Number(m[1]);
      const limit = m[2] === undefined ? 0 : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]) - min;
      return a.repeat(min) + more(a, limit);
    }
    return a;
  };
  const branch = (): string => {
    let s = '';
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') s += quantified();
    return s;
  };
  const alternatives = (): string => {
    const first = branch();
    while (pattern[i] === '|') {
      i++;
      branch();
    }
    return first;
  };
  try {
    const s = alternatives();
    return i === pattern.length ? s : undefined;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
