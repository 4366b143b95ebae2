/**
 * Local process vs Stammprozess (XProzess 2.0): every element classified as unchanged, adapted (with its
 * differences and the diff engine's changes), added or dropped, and the three rules a local process must
 * keep (docs/harmonisation.md, "Prozesse (XProzess)") checked.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import type { Change } from '../../diff/index.js';
import type { BpmnChange } from '../../diff/xprozess-graph.js';
import type { XprozessDocument } from '../../xprozess/v2/index.js';
import type { ElementStatus, LocalFigures } from '../classify.js';
import { attach, collectChanges } from './changes.js';
import { differences, localProzessId, type ProcessDifference, withoutModel } from './compare.js';
import { matchProcesses, type ProcessMatchedBy, type ProcessMatchOptions } from './match.js';
import type { ProcessElementKind, ProcessView } from './model.js';
import { checkRules, type ProcessViolation } from './rules.js';
import { adaptedSignature, addedSignature } from './signature.js';
import { processView } from './view.js';

/**
 * The classification of one process element.
 *
 * @example
 * ```ts
 * result.elements.filter((e) => e.kind === 'schritt' && e.status === 'dropped');
 * ```
 */
export interface ProcessElementClassification {
  readonly status: ElementStatus;
  readonly kind: ProcessElementKind;
  /** Local key; the Stamm key for dropped elements. */
  readonly key: string;
  readonly name: string;
  readonly stammKey?: string;
  readonly matchedBy?: ProcessMatchedBy;
  /** Steps of the Stamm: whether the flow cannot bypass it. */
  readonly mandatory?: boolean;
  readonly differences: readonly ProcessDifference[];
  /** Added and adapted elements: the normalised signature that equivalent changes in other variants share. */
  readonly signature?: string;
  /** The diff engine's changes (relevance level 1 and up) of this element's process, class or activity group. */
  readonly changes?: readonly Change[];
  /** BPMN graph changes of this step's activity. */
  readonly graphChanges?: readonly BpmnChange[];
}

/**
 * Counts of one element kind.
 *
 * @example
 * ```ts
 * result.byKind.schritt.dropped; // steps of the Stamm missing locally
 * ```
 */
export interface KindCounts {
  readonly unchanged: number;
  readonly adapted: number;
  readonly added: number;
  readonly dropped: number;
}

/**
 * Result of {@link classifyProcess}.
 *
 * @example
 * ```ts
 * const r = classifyProcess(stamm, local);
 * r.figures.reuseShare; r.violations.map((v) => v.rule);
 * ```
 */
export interface ProcessVsStamm {
  readonly stamm: {
    readonly id: string;
    readonly version?: string;
    readonly name: string;
    readonly klasseID: string;
  };
  readonly local: {
    readonly id: string;
    readonly version?: string;
    readonly name: string;
    readonly klasseID: string;
  };
  readonly elements: readonly ProcessElementClassification[];
  readonly violations: readonly ProcessViolation[];
  /** Over every element except the process itself. */
  readonly figures: LocalFigures;
  readonly byKind: Readonly<Record<Exclude<ProcessElementKind, 'prozess'>, KindCounts>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Options of {@link classifyProcess}.
 *
 * @example
 * ```ts
 * classifyProcess(stamm, local, { withChanges: false, prozessId: '99006028261000' });
 * ```
 */
export interface ClassifyProcessOptions extends ProcessMatchOptions {
  /** Which process of the Stamm document (default: the first). */
  readonly prozessId?: string;
  /** Attach the diff engine's and the BPMN graph's changes (default true). */
  readonly withChanges?: boolean;
}

const share = (n: number, d: number) => (d === 0 ? 0 : n / d);

/**
 * Views of both documents plus the comparison; `stammView` may be given to reuse it across variants.
 *
 * @example
 * ```ts
 * const sv = processView(stamm).view;
 * for (const v of variants) classifyViews(stamm, sv, v.document);
 * ```
 */
export function classifyViews(
  stammDoc: XprozessDocument,
  stammView: ProcessView,
  localDoc: XprozessDocument,
  options: ClassifyProcessOptions = {},
): ProcessVsStamm {
  let sv = stammView;
  const lid = localProzessId(localDoc, sv);
  const lr = processView(localDoc, {
    ...(lid === undefined ? {} : { prozessId: lid }),
    ...(sv.prozessklasse === undefined ? {} : { inheritKlasse: sv.prozessklasse }),
  });
  let lv = lr.view;
  const diagnostics: Diagnostic[] = [...lr.diagnostics];
  if ((sv.bpmn.length === 0) !== (lv.bpmn.length === 0)) {
    sv = withoutModel(sv);
    lv = withoutModel(lv);
    diagnostics.push(
      diagnostic(
        'warning',
        'harmonise/xprozess-model-missing',
        `Only the ${lv.bpmn.length === 0 ? 'Stammprozess' : 'local process'} has a BPMN model: steps and participants are compared without it (Aktivitätengruppen and Prozessteilnehmer only).`,
        'harmonise',
      ),
    );
  }
  const matches = matchProcesses(sv, lv, options);
  const stammToLocal = new Map<string, string>();
  for (const [l, [s]] of matches) stammToLocal.set(s, l);
  const stammStep = (k: string) => sv.elements.get(k)?.name ?? k;
  const localStep = (k: string) => {
    const s = matches.get(k)?.[0];
    return s === undefined ? `${lv.elements.get(k)?.name ?? k} (ergänzt)` : stammStep(s);
  };

  const changes = options.withChanges === false ? undefined : collectChanges(stammDoc, sv, localDoc, lv);
  const elements: ProcessElementClassification[] = [];
  const rootDiffs = differences(sv.root, lv.root, localStep, stammStep);
  elements.push({
    status: rootDiffs.length === 0 ? 'unchanged' : 'adapted',
    kind: 'prozess',
    key: 'prozess',
    name: lv.root.name,
    stammKey: 'prozess',
    matchedBy: 'root',
    differences: rootDiffs,
    ...attach(changes, 'prozess', undefined),
  });
  for (const [k, l] of lv.elements) {
    const m = matches.get(k);
    if (m === undefined) {
      elements.push({
        status: 'added',
        kind: l.kind,
        key: k,
        name: l.name,
        differences: [],
        signature: addedSignature(l),
        ...attach(changes, k, l.modelId),
      });
      continue;
    }
    const [stammKey, matchedBy] = m;
    const s = sv.elements.get(stammKey);
    if (s === undefined) continue;
    const diffs = differences(s, l, localStep, stammStep);
    elements.push({
      status: diffs.length === 0 ? 'unchanged' : 'adapted',
      kind: l.kind,
      key: k,
      name: l.name,
      stammKey,
      matchedBy,
      ...(s.mandatory === undefined ? {} : { mandatory: s.mandatory }),
      differences: diffs,
      ...(diffs.length === 0 ? {} : { signature: adaptedSignature(stammKey, diffs) }),
      ...attach(changes, k, l.modelId),
    });
  }
  for (const [k, s] of sv.elements) {
    if (stammToLocal.has(k)) continue;
    elements.push({
      status: 'dropped',
      kind: s.kind,
      key: k,
      name: s.name,
      ...(s.mandatory === undefined ? {} : { mandatory: s.mandatory }),
      differences: [],
      ...attach(changes, `-${k}`, s.modelId === undefined ? undefined : `-${s.modelId}`),
    });
  }
  const violations = checkRules(sv, lv, stammToLocal, localStep, stammStep);
  const byKind = {
    prozessklasse: { unchanged: 0, adapted: 0, added: 0, dropped: 0 },
    schritt: { unchanged: 0, adapted: 0, added: 0, dropped: 0 },
    handlungsgrundlage: { unchanged: 0, adapted: 0, added: 0, dropped: 0 },
    daten: { unchanged: 0, adapted: 0, added: 0, dropped: 0 },
    teilnehmer: { unchanged: 0, adapted: 0, added: 0, dropped: 0 },
  };
  for (const e of elements) if (e.kind !== 'prozess') byKind[e.kind][e.status]++;
  let unchanged = 0;
  let adapted = 0;
  let added = 0;
  let dropped = 0;
  for (const c of Object.values(byKind)) {
    unchanged += c.unchanged;
    adapted += c.adapted;
    added += c.added;
    dropped += c.dropped;
  }
  const total = unchanged + adapted + added;
  const side = (v: ProcessView) => ({
    id: v.id,
    ...(v.version === undefined ? {} : { version: v.version }),
    name: v.root.name,
    klasseID: v.klasseID,
  });
  return {
    stamm: side(sv),
    local: side(lv),
    elements,
    violations,
    figures: {
      total,
      unchanged,
      adapted,
      added,
      dropped,
      reuseShare: share(unchanged, total),
      adaptationShare: share(adapted, total),
      localShare: share(added, total),
      violations: violations.length,
    },
    byKind,
    diagnostics,
  };
}

/**
 * Classifies every element of the local process against the Stammprozess (both XProzess 2.0 documents
 * holding a `prozessbibliothek`) and checks the rules of a local process.
 *
 * @example
 * ```ts
 * const r = classifyProcess(parse(stammXml).value!, parse(localXml).value!);
 * r.elements.filter((e) => e.status === 'dropped').map((e) => e.name);
 * ```
 */
export function classifyProcess(
  stamm: XprozessDocument,
  local: XprozessDocument,
  options: ClassifyProcessOptions = {},
): ProcessVsStamm {
  const s = processView(stamm, options.prozessId === undefined ? {} : { prozessId: options.prozessId });
  const r = classifyViews(stamm, s.view, local, options);
  return { ...r, diagnostics: [...s.diagnostics, ...r.diagnostics] };
}
