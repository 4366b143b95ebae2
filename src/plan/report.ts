/**
 * The project report behind `fimkit plan`: the artefact matrix check of a descriptor plus the analyses
 * of the files it names (XDatenfelder harmonisation and reuse, XZuFi service texts, XProzess
 * processes). File access is injected ({@link ProjectFiles}), so this runs in browsers too.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import {
  createHarmoniser,
  elementNames,
  type HarmonisationReport,
  type HarmoniseOptions,
  harmoniseServiceTexts,
  leistungenOf,
  loadXdf3,
  type NamedDocument,
  type NamedLeistungInput,
  type ReuseMetrics,
  reuseMetrics,
  type ServiceTextReport,
} from '../harmonise/index.js';
import { harmoniseProcesses, type ProcessHarmonisationReport } from '../harmonise/xprozess/index.js';
import * as xprozess from '../xprozess/v2/index.js';
import * as xzufi from '../xzufi/v2_2/index.js';
import { checkPlan, type PlanCheck, type ProjectDescriptor } from './check.js';

/**
 * An analysis the descriptor asks for: done, or not available (with the reason).
 *
 * @example
 * ```ts
 * if (report.texts?.status === 'done') report.texts.report.totals;
 * ```
 */
export type AnalysisSlot<R> =
  | { readonly status: 'done'; readonly report: R }
  | { readonly status: 'not-available'; readonly reason: string };

/**
 * A problem with one file named by the descriptor.
 *
 * @example
 * ```ts
 * report.problems.map((p) => `${p.file}: ${p.diagnostic.message}`);
 * ```
 */
export interface FileProblem {
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

/**
 * Result of {@link analyseProject}.
 *
 * @example
 * ```ts
 * const r = await analyseProject(descriptor, files);
 * r.plan.missing; r.harmonisation?.totals.violations; r.reuse?.overall.harShare;
 * ```
 */
export interface ProjectReport {
  readonly plan: PlanCheck;
  /** XDatenfelder variants against their Stamm (`files.stamm` + `files.variants`). */
  readonly harmonisation?: HarmonisationReport;
  /** Names of the elements of the Stamm and the variants, by key, for the renderers. */
  readonly names?: ReadonlyMap<string, string>;
  /** Reuse metrics over every XDatenfelder file named (Stamm, variants, `files.schemas`). */
  readonly reuse?: ReuseMetrics;
  /** Service-text harmonisation (`files.texts`, XZuFi). */
  readonly texts?: AnalysisSlot<ServiceTextReport>;
  /** Process harmonisation (`files.processes`, XProzess). */
  readonly processes?: AnalysisSlot<ProcessHarmonisationReport>;
  /** Files that could not be read or used. */
  readonly problems: readonly FileProblem[];
}

/**
 * How {@link analyseProject} reaches the files a descriptor names (as written there, relative to the
 * descriptor): `read` gives the bytes or a diagnostic; `expand` (optional) turns a directory or glob into
 * file names.
 *
 * @example
 * ```ts
 * const files: ProjectFiles = { read: async (f) => ({ bytes: await readFile(path.resolve(base, f)) }) };
 * ```
 */
export interface ProjectFiles {
  read(file: string): Promise<{ bytes: Uint8Array } | { problem: Diagnostic }>;
  expand?(pattern: string): Promise<readonly string[]>;
}

/**
 * Options of {@link analyseProject}.
 *
 * @example
 * ```ts
 * await analyseProject(descriptor, files, { k: 2 });
 * ```
 */
export interface AnalyseProjectOptions {
  /** Adoption threshold for the clusters (see {@link HarmoniseOptions}). */
  readonly k?: number;
}

/** Problems and loaders for one run. */
class Loader {
  readonly problems: FileProblem[] = [];
  constructor(private readonly files: ProjectFiles) {}

  async expand(patterns: readonly string[]): Promise<string[]> {
    const out: string[] = [];
    for (const p of patterns)
      out.push(...(this.files.expand === undefined ? [p] : await this.files.expand(p)));
    return out;
  }

  async bytes(file: string): Promise<Uint8Array | undefined> {
    const r = await this.files.read(file);
    if ('problem' in r) {
      this.problems.push({ file, diagnostic: r.problem });
      return undefined;
    }
    return r.bytes;
  }

  async xdf(file: string): Promise<NamedDocument | undefined> {
    const bytes = await this.bytes(file);
    if (bytes === undefined) return undefined;
    const { value, diagnostics } = loadXdf3(bytes);
    for (const d of diagnostics) if (d.severity === 'error') this.problems.push({ file, diagnostic: d });
    if (value === undefined && !diagnostics.some((d) => d.severity === 'error'))
      this.problems.push({
        file,
        diagnostic: diagnostic('error', 'plan/unusable-file', 'Not an XDatenfelder schema.', 'plan'),
      });
    return value === undefined ? undefined : { source: file, document: value };
  }

  /** An XProzess 2.0 document. */
  async process(file: string): Promise<{ source: string; document: xprozess.XprozessDocument } | undefined> {
    const bytes = await this.bytes(file);
    if (bytes === undefined) return undefined;
    const { value, diagnostics } = xprozess.parse(bytes);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    for (const d of errors) this.problems.push({ file, diagnostic: d });
    if (value !== undefined && errors.length === 0) return { source: file, document: value };
    if (errors.length === 0)
      this.problems.push({
        file,
        diagnostic: diagnostic('error', 'plan/unusable-file', 'Not an XProzess 2.0 message.', 'plan'),
      });
    return undefined;
  }

  /** An XZuFi 2.2.0 document holding at least one Leistung. */
  async leistung(file: string): Promise<NamedLeistungInput | undefined> {
    const bytes = await this.bytes(file);
    if (bytes === undefined) return undefined;
    const { value, diagnostics } = xzufi.parse(bytes);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    for (const d of errors) this.problems.push({ file, diagnostic: d });
    if (value !== undefined && errors.length === 0 && leistungenOf(value).length > 0)
      return { source: file, document: value };
    if (errors.length === 0)
      this.problems.push({
        file,
        diagnostic: diagnostic('error', 'plan/unusable-file', 'Not an XZuFi 2.2.0 Leistung.', 'plan'),
      });
    return undefined;
  }
}

/**
 * Checks a descriptor against the artefact matrix and runs the analyses of the files it names:
 * XDatenfelder variants against the Stamm (harmonisation), reuse metrics over every XDatenfelder file,
 * and, when named, the service texts and processes. Unreadable or unusable files become
 * {@link FileProblem}s; nothing throws for bad content.
 *
 * @example
 * ```ts
 * const { value } = parseDescriptor(text);
 * const report = await analyseProject(value!, { read: async (f) => ({ bytes: await readFile(f) }) });
 * ```
 */
export async function analyseProject(
  descriptor: ProjectDescriptor,
  files: ProjectFiles,
  options: AnalyseProjectOptions = {},
): Promise<ProjectReport> {
  const plan = checkPlan(descriptor);
  const load = new Loader(files);
  const f = descriptor.files;
  if (f === undefined) return { plan, problems: load.problems };

  const all: NamedDocument[] = [];
  let names: Map<string, string> | undefined;
  const stamm = f.stamm === undefined ? undefined : await load.xdf(f.stamm);
  const h =
    stamm === undefined
      ? undefined
      : createHarmoniser(stamm.document, options.k === undefined ? {} : { k: options.k });
  if (stamm !== undefined) {
    all.push(stamm);
    names = elementNames([stamm.document]);
  }
  for (const file of await load.expand(f.variants)) {
    const v = await load.xdf(file);
    if (v === undefined) continue;
    all.push(v);
    if (h === undefined || names === undefined) continue;
    h.add(v.source, v.document);
    for (const [key, name] of elementNames([v.document])) if (!names.has(key)) names.set(key, name);
  }
  const harmonisation = h?.finish();
  for (const file of await load.expand(f.schemas)) {
    const d = await load.xdf(file);
    if (d !== undefined) all.push(d);
  }
  const reuse = all.length > 0 ? reuseMetrics(all) : undefined;
  const texts = f.texts === undefined ? undefined : await analyseTexts(f.texts, load, options);
  const processes =
    f.processes === undefined ? undefined : await analyseProcesses(f.processes, load, options);
  return {
    plan,
    ...(harmonisation === undefined ? {} : { harmonisation }),
    ...(names === undefined ? {} : { names }),
    ...(reuse === undefined ? {} : { reuse }),
    ...(texts === undefined ? {} : { texts }),
    ...(processes === undefined ? {} : { processes }),
    problems: load.problems,
  };
}

type StammAndVariants = { readonly stamm: string; readonly variants: readonly string[] };

async function analyseTexts(
  files: StammAndVariants,
  load: Loader,
  options: AnalyseProjectOptions,
): Promise<AnalysisSlot<ServiceTextReport>> {
  const stamm = await load.leistung(files.stamm);
  if (stamm === undefined)
    return {
      status: 'not-available',
      reason: `Der Stammtext ${files.stamm} ist nicht lesbar oder keine XZuFi-Leistung (siehe Probleme beim Lesen).`,
    };
  const variants: NamedLeistungInput[] = [];
  for (const file of await load.expand(files.variants)) {
    const v = await load.leistung(file);
    if (v !== undefined) variants.push(v);
  }
  const report = harmoniseServiceTexts(stamm, variants, options.k === undefined ? {} : { k: options.k });
  return { status: 'done', report };
}

async function analyseProcesses(
  files: StammAndVariants,
  load: Loader,
  options: AnalyseProjectOptions,
): Promise<AnalysisSlot<ProcessHarmonisationReport>> {
  const stamm = await load.process(files.stamm);
  if (stamm === undefined)
    return {
      status: 'not-available',
      reason: `Der Stammprozess ${files.stamm} ist nicht lesbar oder keine XProzess-Nachricht (siehe Probleme beim Lesen).`,
    };
  const variants: { source: string; document: xprozess.XprozessDocument }[] = [];
  for (const file of await load.expand(files.variants)) {
    const v = await load.process(file);
    if (v !== undefined) variants.push(v);
  }
  const report = harmoniseProcesses(
    stamm.document,
    variants,
    options.k === undefined ? {} : { k: options.k },
  );
  return { status: 'done', report };
}

/**
 * Whether the report has findings (exit code 1 of `fimkit plan`): required artefacts missing,
 * violations of the Ableitungsmodifikationen, findings of the service-text analysis (modules missing
 * or left empty), violations of the Stammprozess rules, or file problems.
 *
 * @example
 * ```ts
 * process.exitCode = hasFindings(report) ? 1 : 0;
 * ```
 */
export function hasFindings(r: ProjectReport): boolean {
  return (
    r.plan.missing.length > 0 ||
    (r.harmonisation?.totals.violations ?? 0) > 0 ||
    (r.texts?.status === 'done' && r.texts.report.totals.findings > 0) ||
    (r.processes?.status === 'done' && r.processes.report.totals.violations > 0) ||
    r.problems.length > 0
  );
}
