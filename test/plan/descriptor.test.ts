import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  descriptorFormat,
  type ProjectDescriptor,
  parseDescriptor,
  projectDescriptorSchema,
  sniffDescriptorFormat,
} from '../../src/plan/index.js';
import { repoRoot } from '../support/shared.js';

/** 1-based line and column of the first occurrence of `needle` in `text`, counted by hand. */
function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

describe('descriptor formats', () => {
  it('file names and sniffing pick JSON or YAML', () => {
    expect(descriptorFormat('a/projekt.YAML')).toBe('yaml');
    expect(descriptorFormat('projekt.yml')).toBe('yaml');
    expect(descriptorFormat('projekt.json')).toBe('json');
    expect(descriptorFormat('-')).toBeUndefined();
    expect(sniffDescriptorFormat('\ufeff \n {"a": 1}')).toBe('json');
    expect(sniffDescriptorFormat('# Kommentar\nservice: x')).toBe('yaml');
  });

  it('the demo YAML and the JSON fixture say the same, apart from the file paths', () => {
    const yaml = parseDescriptor(
      readFileSync(path.join(repoRoot, 'fixtures/demo/harmonisation/projekt.yaml'), 'utf8'),
      { format: 'yaml' },
    );
    const json = parseDescriptor(readFileSync(path.join(repoRoot, 'fixtures/plan/projekt.json'), 'utf8'));
    expect(yaml.diagnostics).toEqual([]);
    expect(json.diagnostics).toEqual([]);
    const { files: yf, ...y } = yaml.value!;
    const { files: jf, ...j } = json.value!;
    expect(y).toEqual(j);
    expect(yf?.variants.map((f) => path.basename(f))).toEqual(jf?.variants.map((f) => path.basename(f)));
    // YAML 1.2 core schema: the quoted key stays a string, `true` is a boolean, comments are ignored.
    expect(y.leikaKey).toBe('99000000000000');
    expect(y.artefacts.harmonisierung).toBe(true);
  });
});

describe('diagnostics with line and column', () => {
  it('schema errors point at the YAML node of the zod path', () => {
    const text =
      'service: Hundesteuer\ncategory: Z\nfiles:\n  stamm: s.xml\n  variants:\n    - a.xml\n    - 7\n';
    const { value, diagnostics } = parseDescriptor(text, { format: 'yaml' });
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.path, d.line, d.column])).toEqual([
      ['plan/invalid-descriptor', '/category', 2, 11],
      ['plan/invalid-descriptor', '/files/variants/1', 7, 7],
    ]);
  });

  it('unknown keys point at the key, missing keys at the enclosing mapping', () => {
    const text = 'service: x\ncategory: K\nfiles:\n  stamm: s.xml\n  stam: t.xml\n';
    const unknown = parseDescriptor(text).diagnostics;
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ path: '/files/stam', ...where(text, 'stam:') });
    expect(unknown[0]?.message).toContain('"stam"');
    const missing = parseDescriptor('# Steckbrief\ncategory: K\n').diagnostics;
    expect(missing[0]).toMatchObject({ path: '/service', line: 2, column: 1 });
    expect(missing[0]?.message).toBe('Missing required key "service".');
  });

  it('a LeiKa key written as a number gets a hint to quote it', () => {
    const text = 'service: x\ncategory: D\nleikaKey: 99000000000000\n';
    const [d] = parseDescriptor(text).diagnostics;
    expect(d).toMatchObject({ path: '/leikaKey', ...where(text, '99000000000000') });
    expect(d?.message).toContain('write it in quotes ("99000000000000")');
  });

  it('YAML syntax errors: plan/not-yaml with the parser position, every error reported', () => {
    const text = 'service: x\ncategory: [K\nartefacts:\n\tfoo: 1\n';
    const { value, diagnostics } = parseDescriptor(text);
    expect(value).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThanOrEqual(1);
    expect(diagnostics.every((d) => d.code === 'plan/not-yaml' && d.line !== undefined)).toBe(true);
    expect(diagnostics[0]?.message).not.toContain('\n');
  });

  it('JSON syntax errors: plan/not-json with a line', () => {
    const text = '{\n  "service": "x",\n  "category": }\n';
    const [d] = parseDescriptor(text, { format: 'json' }).diagnostics;
    expect(d?.code).toBe('plan/not-json');
    expect(d?.line).toBe(3);
    // JSON schema errors have positions too.
    const bad = '{\n  "service": "x",\n  "category": "Q"\n}';
    expect(parseDescriptor(bad).diagnostics[0]).toMatchObject({ path: '/category', ...where(bad, '"Q"') });
  });

  it('duplicate keys and non-mapping documents are errors, not exceptions', () => {
    expect(parseDescriptor('service: a\nservice: b\ncategory: K\n').diagnostics[0]?.code).toBe(
      'plan/not-yaml',
    );
    expect(parseDescriptor('- 1\n').diagnostics[0]).toMatchObject({ path: '/', line: 1, column: 1 });
    expect(parseDescriptor('').diagnostics[0]?.code).toBe('plan/invalid-descriptor');
  });
});

/** Descriptors the schema accepts. */
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
const descriptorArb: fc.Arbitrary<ProjectDescriptor> = fc.record(
  {
    service: text,
    leikaKey: fc.stringMatching(/^\d{14}$/),
    category: fc.constantFrom('L' as const, 'K' as const, 'M' as const, 'D' as const),
    artefacts: fc.dictionary(
      fc.constantFrom('personas', 'register', 'prototypen', 'user-journey'),
      fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.boolean()),
    ),
    files: fc.record(
      {
        stamm: text,
        variants: fc.array(text, { maxLength: 3 }),
        schemas: fc.array(text, { maxLength: 2 }),
        texts: fc.record({ stamm: text, variants: fc.array(text, { maxLength: 2 }) }),
        processes: fc.record({ stamm: text, variants: fc.array(text, { maxLength: 2 }) }),
      },
      { requiredKeys: ['variants', 'schemas'] },
    ),
  },
  { requiredKeys: ['service', 'category', 'artefacts'] },
);

describe('properties', () => {
  test.prop([descriptorArb])('YAML and JSON renderings of a descriptor parse back to it', (d) => {
    const expected = projectDescriptorSchema.parse(d);
    const fromYaml = parseDescriptor(stringify(d));
    expect(fromYaml.diagnostics).toEqual([]);
    expect(fromYaml.value).toEqual(expected);
    const fromJson = parseDescriptor(JSON.stringify(d, null, 2));
    expect(fromJson.value).toEqual(expected);
  });

  test.prop([descriptorArb, fc.constantFrom('X', 'l', 'KK', '')])(
    'a bad category is reported on the line where the category stands',
    (d, bad) => {
      const yaml = stringify({ ...d, category: bad });
      const diagnostics = parseDescriptor(yaml).diagnostics;
      const line = yaml.split('\n').findIndex((l) => l.startsWith('category:')) + 1;
      expect(diagnostics.find((x) => x.path === '/category')?.line).toBe(line);
    },
  );
});

describe('JSON error positions from the V8 messages', () => {
  it.each([
    ['{\n  "service": "x",\n  "category": }\n', 3, 15],
    ['{"a": }', 1, 7],
    ['{"service": "x",\n  "category": "K",}', 2, 19],
  ])('%j', (text, line, column) => {
    const [d] = parseDescriptor(text, { format: 'json' }).diagnostics;
    expect(d?.code).toBe('plan/not-json');
    expect([d?.line, d?.column]).toEqual([line, column]);
  });
});
