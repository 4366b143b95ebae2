/**
 * The project report: the analyses of the files a descriptor names (through injected file access) and
 * its renderings. Expected figures come from the artefact matrix of the process model (category K) and
 * from the demo data's README, not from the code under test.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/core/diagnostics.js';
import {
  analyseProject,
  hasFindings,
  type ProjectFiles,
  parseDescriptor,
  projectReportJson,
  renderProjectReportHtml,
  renderProjectReportMarkdown,
  renderProjectReportText,
} from '../../src/plan/index.js';
import { repoRoot } from '../support/shared.js';

const demo = path.join(repoRoot, 'fixtures/demo/harmonisation');

/** File access below `base`, recording what was read. */
function filesAt(base: string, read: string[] = []): ProjectFiles {
  return {
    async read(file) {
      read.push(file);
      try {
        return { bytes: await readFile(path.join(base, file)) };
      } catch {
        return { problem: diagnostic('error', 'cli/unreadable', `Cannot read ${file}.`, 'cli') };
      }
    },
  };
}

const descriptor = async () => {
  const { value } = parseDescriptor(await readFile(path.join(demo, 'projekt.yaml'), 'utf8'));
  if (value === undefined) throw new Error('demo descriptor does not parse');
  return value;
};

describe('analyseProject on the demo descriptor', () => {
  it('category K lacks personas only; 3 variants, 1 violation; reuse over Stamm and variants', async () => {
    const read: string[] = [];
    const r = await analyseProject(await descriptor(), filesAt(demo, read));
    // Category K requires (X): analysierte-leistungen, priorisierung, umsetzungsvarianten,
    // fim-artefakte, xoev-standards, personas, harmonisierung, nachnutzung; the descriptor lacks personas.
    expect(r.plan.missing).toEqual(['personas']);
    expect(r.harmonisation?.variants.map((v) => v.source)).toEqual([
      'variante-a.xdf3.xml',
      'variante-b.xdf3.xml',
      'variante-c.xdf3.xml',
    ]);
    expect(r.harmonisation?.totals.violations).toBe(1);
    expect(r.reuse?.schemas).toHaveLength(4);
    expect(r.names?.get('F99000000104@1.0.0')).toBe('Transpondernummer (Chip)');
    expect(r.problems).toEqual([]);
    // Service texts (README of the demo): a Land and a Musterstadt variant; Musterstadt leaves 06 (en)
    // and 24 missing and 09 empty, so there are findings.
    expect(r.texts?.status).toBe('done');
    if (r.texts?.status === 'done') {
      expect(r.texts.report.variants).toHaveLength(2);
      expect(r.texts.report.totals.findings).toBeGreaterThanOrEqual(3);
    }
    expect(read.slice(0, 4)).toEqual([
      'stamm.xdf3.xml',
      'variante-a.xdf3.xml',
      'variante-b.xdf3.xml',
      'variante-c.xdf3.xml',
    ]);
    expect(hasFindings(r)).toBe(true);
  });

  it('unreadable and foreign files are problems, not exceptions; the rest is still analysed', async () => {
    const d = await descriptor();
    const r = await analyseProject(
      {
        ...d,
        files: {
          stamm: 'stamm.xdf3.xml',
          variants: ['fehlt.xml', 'variante-a.xdf3.xml', 'README.md'],
          schemas: [],
        },
      },
      filesAt(demo),
    );
    expect(r.problems.map((p) => p.file)).toEqual(['fehlt.xml', 'README.md']);
    expect(r.harmonisation?.variants).toHaveLength(1);
    expect(hasFindings(r)).toBe(true);
  });

  it('a Stammtext that is not XZuFi leaves the text slot not available, with the reason', async () => {
    const r = await analyseProject(
      {
        service: 'x',
        category: 'D',
        artefacts: {},
        files: { variants: [], schemas: [], texts: { stamm: 'stamm.xdf3.xml', variants: [] } },
      },
      filesAt(demo),
    );
    expect(r.texts?.status).toBe('not-available');
    expect(r.problems.map((p) => p.file)).toEqual(['stamm.xdf3.xml']);
    const html = renderProjectReportHtml(r);
    expect(html).toContain('<section class="report not-available" id="t-report">');
    expect(renderProjectReportMarkdown(r)).toContain('## Leistungsbeschreibungen (XZuFi)');
  });

  it('processes: the Stammprozess fixture against its three variants', async () => {
    const base = path.join(repoRoot, 'fixtures/xprozess/v2/harmonisation');
    const r = await analyseProject(
      {
        service: 'x',
        category: 'D',
        artefacts: { 'analysierte-leistungen': 'a', priorisierung: 'b' },
        files: {
          variants: [],
          schemas: [],
          processes: { stamm: 'stamm.xml', variants: ['variante-a.xml', 'variante-b.xml', 'variante-c.xml'] },
        },
      },
      filesAt(base),
    );
    expect(r.processes?.status).toBe('done');
    if (r.processes?.status !== 'done') return;
    // fixtures/xprozess/v2/harmonisation/README.md: violations 0 / 0 / 2.
    expect(r.processes.report.variants.map((v) => v.violations.length)).toEqual([0, 0, 2]);
    expect(hasFindings(r)).toBe(true);
    expect(renderProjectReportMarkdown(r)).toContain('## Harmonisierungsbericht Prozess');
    expect(renderProjectReportText(r)).toContain('Prozesse: 3 Varianten, 2 Verstöße');
  });

  it('a descriptor without files is the matrix check alone', async () => {
    const r = await analyseProject(
      { service: 'x', category: 'D', artefacts: { 'analysierte-leistungen': 'a', priorisierung: true } },
      filesAt(demo),
    );
    expect(r.harmonisation).toBeUndefined();
    expect(r.reuse).toBeUndefined();
    expect(hasFindings(r)).toBe(false);
  });
});

describe('project report renderings', () => {
  it('html: artefact rows, missing ones linked from the overview, embedded sections, every link resolves', async () => {
    const r = await analyseProject(await descriptor(), filesAt(demo));
    const html = renderProjectReportHtml(r, { generator: 'fimkit test' });
    expect(html.match(/<tr class="artefact /g)).toHaveLength(14);
    expect(html.match(/<tr class="artefact status-missing"/g)).toHaveLength(1);
    expect(html).toContain('<a href="#a-personas">Personas</a>');
    expect(html).toContain('id="h-report"');
    expect(html).toContain('id="r-report"');
    expect(html).toContain('id="t-report"');
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(targets.filter((t) => !ids.includes(t))).toEqual([]);
    expect(html).not.toMatch(/<script|<link/);
    // Status chart: 14 artefacts of category K = 8 X + 6 (X); 7 X present, 1 missing, 6 (X) absent.
    const chart = html.slice(html.indexOf('>Artefakte nach Status<'), html.indexOf('</svg>'));
    expect([...chart.matchAll(/data-value="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([7, 1, 6, 0]);
  });

  it('markdown and text: the matrix first, then the analyses; json keeps the plan at the top level', async () => {
    const r = await analyseProject(await descriptor(), filesAt(demo));
    const md = renderProjectReportMarkdown(r);
    expect(md.indexOf('## Artefakte')).toBeLessThan(md.indexOf('## Harmonisierungsbericht'));
    expect(md.indexOf('## Harmonisierungsbericht')).toBeLessThan(md.indexOf('## Nachnutzung'));
    expect(md).toContain('| Personas | X (Pflicht) | fehlt (Pflicht) |  |');
    expect(renderProjectReportText(r)).toContain('Fehlende Pflichtartefakte: personas');
    const json = JSON.parse(JSON.stringify(projectReportJson(r))) as {
      missing: string[];
      harmonisation: { totals: { violations: number } };
      reuse: { whereUsed: unknown[] };
      problems: unknown[];
    };
    expect(json.missing).toEqual(['personas']);
    expect(json.harmonisation.totals.violations).toBe(1);
    expect(json.reuse.whereUsed.length).toBeGreaterThan(0);
    expect(json.problems).toEqual([]);
  });
});
