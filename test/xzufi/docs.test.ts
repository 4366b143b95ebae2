import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INFERRED_NAMES } from '../../src/xzufi/v2_2/index.js';
import { INFERRED_NAMES_23 } from '../../src/xzufi/v2_3/index.js';
import { repoRoot } from '../support/shared.js';

describe('docs/xzufi.md', () => {
  const docs = readFileSync(path.join(repoRoot, 'docs/xzufi.md'), 'utf8');

  it('lists every inferred element name, under its key, in the inferred table', () => {
    const table = docs.slice(docs.indexOf('### Inferred (inf)'), docs.indexOf('Further inferred'));
    for (const [key, name] of Object.entries(INFERRED_NAMES)) {
      const row = table.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${key}\``));
      expect(row, key).toBeDefined();
      expect(row, key).toContain(`\`${name}\``);
    }
  });
});

describe('docs/xzufi.md, XZuFi 2.3.1', () => {
  const docs = readFileSync(path.join(repoRoot, 'docs/xzufi.md'), 'utf8');

  it('names every entry of INFERRED_NAMES_23 with its value in the 2.3.1 evidence table', () => {
    const table = docs.slice(
      docs.indexOf('### What rests on which fact'),
      docs.indexOf('**Too thin to model:**'),
    );
    for (const [key, name] of Object.entries(INFERRED_NAMES_23)) {
      const row = table.split('\n').find((l) => l.includes(`\`INFERRED_NAMES_23.${key}\``));
      expect(row, key).toBeDefined();
      expect(row, key).toContain(`\`${name}\``);
    }
  });
});
