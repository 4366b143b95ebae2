/**
 * Regular expressions from data: XDatenfelder `praezisierung/@pattern` (3.0) and the `pattern` of the
 * 2.0 JSON praezisierung. fimkit's defence is that it never RUNS a pattern taken from data: it only
 * translates it (JSON Schema) or compares it as text (diff, quality), and it flags nested unbounded
 * quantifiers with `jsonschema/pattern-backtracking` so that whoever runs the emitted JSON Schema is
 * warned. The proof: every RegExp built from the catastrophic pattern is instrumented, and any attempt to
 * match with it fails the test; the analyses on a document carrying it finish within vitest's timeout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffXdatenfelder } from '../../src/diff/xdatenfelder.js';
import { toJsonSchema } from '../../src/jsonschema/generate.js';
import { translateXsdPattern } from '../../src/jsonschema/pattern.js';
import { checkQuality } from '../../src/quality/engine.js';
import { convertV2ToV3 } from '../../src/xdatenfelder/convert-v2-v3.js';
import { parse as parseXdf2 } from '../../src/xdatenfelder/v2/parse.js';
import { parse as parseXdf3 } from '../../src/xdatenfelder/v3/parse.js';
import { repoRoot } from '../support/shared.js';

/** Exponential backtracking in every backtracking engine on 'aaaa…!' (2^n steps). */
const EVIL = '(a+)+b';
const EVIL_INPUT = `${'a'.repeat(40)}!`;

const fixture = (f: string) => readFileSync(path.join(repoRoot, f), 'utf8');
const xdf3 = fixture('fixtures/xdatenfelder/v3/valid.xml').replace(
  '<xdf3:praezisierung minLength="1" maxLength="120"/>',
  `<xdf3:praezisierung minLength="1" maxLength="120" pattern="${EVIL}"/><xdf3:inhalt>${EVIL_INPUT}</xdf3:inhalt>`,
);
const xdf2 = fixture('fixtures/demo/hundesteuer.xdf2.xml').replace(
  '<xdf:praezisierung>{"minLength":"1","maxLength":"120"}</xdf:praezisierung>',
  `<xdf:praezisierung>{"minLength":"1","maxLength":"120","pattern":"${EVIL}"}</xdf:praezisierung><xdf:inhalt>${EVIL_INPUT}</xdf:inhalt>`,
);

/** Sources of RegExps built while the instrumentation is active, and the ones that were used to match. */
let built: string[] = [];
let matched: string[] = [];
const RealRegExp = RegExp;

beforeEach(() => {
  built = [];
  matched = [];
  const Instrumented = new Proxy(RealRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      built.push(re.source);
      if (re.source.includes('(a+)+')) {
        // every match (test, exec, match, replace, search, split) goes through `exec`
        Object.defineProperty(re, 'exec', {
          value: () => {
            matched.push(re.source);
            throw new Error(`a pattern from data was executed: ${re.source}`);
          },
        });
      }
      return re;
    },
  });
  globalThis.RegExp = Instrumented;
});

afterEach(() => {
  globalThis.RegExp = RealRegExp;
});

describe('a catastrophic praezisierung pattern', () => {
  it('is never executed: parse, quality, JSON Schema, diff and conversion of XDF 3 and 2', () => {
    expect(xdf3).toContain(`pattern="${EVIL}"`);
    expect(xdf2).toContain(`"pattern":"${EVIL}"`);
    const v3 = parseXdf3(xdf3);
    expect(v3.value).toBeDefined();
    const v2 = parseXdf2(xdf2);
    expect(v2.value).toBeDefined();
    checkQuality({ format: 'xdf3', value: v3.value!, sourceMap: v3.sourceMap });
    checkQuality({ format: 'xdf2', value: v2.value!, sourceMap: v2.sourceMap });
    const schema = toJsonSchema(v3.value!);
    const converted = convertV2ToV3(v2.value!);
    const convertedSchema = converted.value === undefined ? undefined : toJsonSchema(converted.value);
    diffXdatenfelder({ version: '3.0.0', document: v3.value! }, { version: '2.0', document: v2.value! });
    // the pattern WAS seen and translated (so the instrumentation was in the path) ...
    expect(built.some((s) => s.includes('(a+)+'))).toBe(true);
    // ... but never used to match anything
    expect(matched).toEqual([]);
    // and the JSON Schema warns whoever will run it
    const codes = [...schema.diagnostics, ...(convertedSchema?.diagnostics ?? [])].map((d) => d.code);
    expect(codes.filter((c) => c === 'jsonschema/pattern-backtracking').length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(schema.value)).toContain('(a+)+b');
  });
});

describe('translateXsdPattern', () => {
  it.each([
    ['(a+)+b', true],
    ['(a*)*', true],
    ['(\\d+)*x', true],
    ['((ab)+)+', true],
    ['(a{2,})+', true],
    ['[0-9]{5}', false],
    ['(a|b)+', false],
  ])('%s: backtracking flagged = %s', (pattern, flagged) => {
    const t = translateXsdPattern(pattern);
    expect(t.source).toBeDefined();
    expect(t.problems.some((p) => p.code === 'pattern-backtracking')).toBe(flagged);
  });

  it('handles megabyte patterns in linear time (bounded by the test timeout) without a stack overflow', () => {
    const long = translateXsdPattern('a{1,2}'.repeat(200_000));
    expect(long.source?.length).toBeGreaterThan(1_200_000);
    const deep = translateXsdPattern(`${'('.repeat(50_000)}a${')'.repeat(50_000)}`);
    // ECMAScript's own parser limits nesting: either translated or refused, never a crash
    expect(deep.source === undefined || deep.source.length > 100_000).toBe(true);
    const classes = translateXsdPattern('[a-z]'.repeat(100_000));
    expect(classes.problems).toEqual([]);
  });
});
