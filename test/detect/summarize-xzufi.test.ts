import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementsOf, parseXml, textOf } from '../../src/core/xml/index.js';
import { summarize } from '../../src/detect/index.js';
import { repoRoot } from '../support/shared.js';

const fixture = (name: string) => readFileSync(path.join(repoRoot, 'fixtures/xzufi/v2_2', name));

describe('summarize: a single XZuFi object as the root', () => {
  it.each(['leistung-lovd.xml', 'organisationseinheit.xml'])(
    '%s counts the root and takes its own id',
    (name) => {
      const bytes = fixture(name);
      const root = parseXml(bytes).value!.root;
      // The root's own <id> child, read from the tree independently of summarize.
      const ownId = elementsOf(root).find((e) => e.local === 'id');
      const s = summarize(bytes).value!;
      expect(s.counts[root.local]).toBe(1);
      expect(s.id).toBe(ownId === undefined ? undefined : textOf(ownId).trim());
    },
  );

  it('a transfer message still counts every object', () => {
    const bytes = fixture('transfer.xml');
    const xml = bytes.toString('utf8');
    const s = summarize(bytes).value!;
    // Count start tags of Leistungen independently (prefix-agnostic).
    expect(s.counts.leistung).toBe((xml.match(/<(\w+:)?leistung[\s>]/g) ?? []).length);
  });
});
