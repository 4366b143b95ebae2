/**
 * The fuzz oracle: whatever the bytes, a parser returns (never throws), gives a value or at least one
 * diagnostic, and every diagnostic is well-formed. A value read from well-formed XML builds to well-formed
 * XML that parses again. Whatever parses without error diagnostics is stable: build, parse and build again
 * give the same document (canonically: formatting and prefixes aside). With error diagnostics (content
 * dropped, or kept verbatim out of place) stability is not promised, and a builder may refuse the value,
 * but only with a `FimkitError` carrying a code (never a crash).
 */
import { expect } from 'vitest';
import { FimkitError } from '../../src/core/diagnostics.js';
import { canonicalDifference } from '../../src/core/xml/canonical.js';
import type { Parsed, Target } from './targets.js';

const SEVERITIES = new Set(['error', 'warning', 'info']);
const enc = (s: string) => new TextEncoder().encode(s);

/** Asserts the oracle for one input; returns the parse result. */
export function checkInput(t: Target, bytes: Uint8Array): Parsed {
  const r = t.parse(bytes);
  expect(r.value !== undefined || r.diagnostics.length > 0, 'a value or diagnostics').toBe(true);
  for (const d of r.diagnostics) {
    expect(d.code).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
    expect(SEVERITIES.has(d.severity)).toBe(true);
    expect(typeof d.message).toBe('string');
    if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
  }
  if (r.value === undefined || t.build === undefined) return r;
  if (r.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('xml/'))) return r;
  const errors = r.diagnostics.some((d) => d.severity === 'error');
  let first: string;
  try {
    first = t.build(r.value as never);
  } catch (e) {
    // only a value that parsed with errors may be refused, and only with a coded FimkitError
    expect(errors, `build threw on a value parsed without errors: ${String(e)}`).toBe(true);
    expect(e).toBeInstanceOf(FimkitError);
    expect((e as FimkitError).code).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
    return r;
  }
  const again = t.parse(enc(first));
  expect(again.value, 'the built document parses').toBeDefined();
  expect(
    again.diagnostics.filter((d) => d.code.startsWith('xml/')),
    'the built document is well-formed',
  ).toEqual([]);
  if (errors) return r;
  const second = t.build(again.value as never);
  const difference = canonicalDifference(first, second);
  expect(
    difference,
    `parse → build → parse → build is stable: ${JSON.stringify(difference)}`,
  ).toBeUndefined();
  return r;
}
