/** Helpers of the diff tests: reading corpus files as tagged documents, canonical comparison. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { canonical } from '../../src/diff/json.js';
import type { XdfDocument } from '../../src/diff/xdatenfelder-tree.js';
import * as v2 from '../../src/xdatenfelder/v2/index.js';
import * as v3 from '../../src/xdatenfelder/v3/index.js';
import { corpusDir } from '../support/shared.js';

export function readXdf(file: string): XdfDocument {
  const bytes = readFileSync(path.isAbsolute(file) ? file : path.join(corpusDir, file));
  const text = bytes.toString('utf8', 0, 2000);
  if (text.includes('urn:xoev-de:fim:standard:xdatenfelder_3')) {
    const r = v3.parse(bytes);
    if (r.value === undefined) throw new Error(`cannot parse ${file}`);
    return { version: '3.0.0', document: r.value };
  }
  const r = v2.parse(bytes);
  if (r.value === undefined) throw new Error(`cannot parse ${file}`);
  return { version: '2.0', document: r.value };
}

export function buildXdfDoc(doc: XdfDocument): string {
  return doc.version === '2.0' ? v2.build(doc.document) : v3.build(doc.document);
}

/** Canonical JSON of a model (key order and absent-vs-undefined ignored). */
export function modelJson(doc: unknown): string {
  return canonical(doc);
}
