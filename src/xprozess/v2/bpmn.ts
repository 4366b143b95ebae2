/**
 * A BPMN 2.0 model file (as embedded in `prozessmodelldatei`) read into a typed process graph:
 * participants, processes, lanes, activities, events, gateways, sequence and message flows, with ids,
 * names and source positions. Vendor extensions (ADONIS `extensionElements`) and diagram data are
 * skipped. Source: OMG BPMN 2.0 (`http://www.omg.org/spec/BPMN/20100524/MODEL`).
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../../core/diagnostics.js';
import { attributeOf, elementsOf, parseXml, type XmlElement } from '../../core/xml/index.js';

/**
 * The BPMN 2.0 model namespace.
 *
 * @example
 * ```ts
 * BPMN_MODEL_NAMESPACE; // 'http://www.omg.org/spec/BPMN/20100524/MODEL'
 * ```
 */
export const BPMN_MODEL_NAMESPACE = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

const ACTIVITIES = new Set([
  'task',
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'manualTask',
  'businessRuleTask',
  'scriptTask',
  'subProcess',
  'adHocSubProcess',
  'transaction',
  'callActivity',
]);
const EVENTS = new Set([
  'startEvent',
  'endEvent',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'boundaryEvent',
]);
const GATEWAYS = new Set([
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'complexGateway',
]);
const CONTAINERS = new Set(['subProcess', 'adHocSubProcess', 'transaction']);

/**
 * A flow node of the graph.
 *
 * @example
 * ```ts
 * const n: BpmnNode = { id: 'a1', kind: 'activity', type: 'subProcess', processId: 'p1', eventDefinitions: [], line: 3, column: 5 };
 * ```
 */
export interface BpmnNode {
  readonly id: string;
  /** Family of the element. */
  readonly kind: 'activity' | 'event' | 'gateway';
  /** BPMN element local name (`subProcess`, `callActivity`, `startEvent`, `exclusiveGateway`, …). */
  readonly type: string;
  readonly name?: string;
  /** The top-level `process` it belongs to. */
  readonly processId: string;
  /** The enclosing sub-process, when nested. */
  readonly parentId?: string;
  /** Host activity of a boundary event (`attachedToRef`). */
  readonly attachedToRef?: string;
  /** Local names of the event definitions (`timerEventDefinition`, …). */
  readonly eventDefinitions: readonly string[];
  readonly line: number;
  readonly column: number;
}

/**
 * A sequence or message flow.
 *
 * @example
 * ```ts
 * const f: BpmnFlow = { id: 'f1', sourceRef: 'a', targetRef: 'b', line: 1, column: 1 };
 * ```
 */
export interface BpmnFlow {
  readonly id: string;
  readonly name?: string;
  readonly sourceRef: string;
  readonly targetRef: string;
  /** The process (or sub-process) that holds a sequence flow; absent for message flows. */
  readonly containerId?: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A pool participant of the collaboration.
 *
 * @example
 * ```ts
 * const p: BpmnParticipant = { id: 'pa', name: 'Arbeitgeber', processRef: 'p1' };
 * ```
 */
export interface BpmnParticipant {
  readonly id: string;
  readonly name?: string;
  readonly processRef?: string;
}

/**
 * A lane and the flow nodes it holds.
 *
 * @example
 * ```ts
 * const l: BpmnLane = { id: 'l1', name: 'Sachbearbeitung', processId: 'p1', flowNodeRefs: ['a1'] };
 * ```
 */
export interface BpmnLane {
  readonly id: string;
  readonly name?: string;
  readonly processId: string;
  readonly flowNodeRefs: readonly string[];
}

/**
 * A BPMN process graph.
 *
 * @example
 * ```ts
 * const { value } = parseBpmn(bytes);
 * value?.nodes.filter((n) => n.kind === 'activity').map((n) => n.name);
 * ```
 */
export interface BpmnModel {
  /** `definitions/@id`. */
  readonly id?: string;
  readonly participants: readonly BpmnParticipant[];
  readonly processes: readonly { readonly id: string; readonly name?: string }[];
  readonly lanes: readonly BpmnLane[];
  /** Flow nodes in document order. */
  readonly nodes: readonly BpmnNode[];
  readonly sequenceFlows: readonly BpmnFlow[];
  readonly messageFlows: readonly BpmnFlow[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function named<T extends object>(base: T, el: XmlElement): T & { name?: string } {
  const name = attributeOf(el, 'name');
  return name === undefined ? base : { ...base, name };
}

/**
 * Parses a BPMN 2.0 XML file into a {@link BpmnModel}. Never throws on content: malformed XML is an
 * `xml/…` diagnostic, a root other than BPMN `definitions` is `xprozess/not-bpmn`, and elements
 * without an id or flows without both ends are `xprozess/bpmn-incomplete` warnings.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = parseBpmn(file.bytes, 'BPMN DI-Export.xml');
 * console.log(value?.nodes.length, value?.sequenceFlows.length);
 * ```
 */
export function parseBpmn(input: Uint8Array | string, fileName = 'model'): Result<BpmnModel> {
  const parsed = parseXml(input);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const root = parsed.value?.root;
  if (root === undefined || diagnostics.some((d) => d.severity === 'error')) {
    return { value: undefined, diagnostics };
  }
  if (root.uri !== BPMN_MODEL_NAMESPACE || root.local !== 'definitions') {
    diagnostics.push(
      diagnostic(
        'error',
        'xprozess/not-bpmn',
        `${fileName} is not a BPMN 2.0 model: its root is {${root.uri}}${root.local}, expected {${BPMN_MODEL_NAMESPACE}}definitions.`,
        'xprozess',
        { path: fileName, line: root.line, column: root.column },
      ),
    );
    return { value: undefined, diagnostics };
  }
  const model: Mutable<BpmnModel> & {
    participants: BpmnParticipant[];
    processes: { id: string; name?: string }[];
    lanes: BpmnLane[];
    nodes: BpmnNode[];
    sequenceFlows: BpmnFlow[];
    messageFlows: BpmnFlow[];
  } = { participants: [], processes: [], lanes: [], nodes: [], sequenceFlows: [], messageFlows: [] };
  const rootId = attributeOf(root, 'id');
  if (rootId !== undefined) model.id = rootId;
  const incomplete = (el: XmlElement, what: string) =>
    diagnostics.push(
      diagnostic('warning', 'xprozess/bpmn-incomplete', `<${el.local}> ${what}; ignored.`, 'xprozess', {
        path: fileName,
        line: el.line,
        column: el.column,
      }),
    );
  const bpmnChildren = (el: XmlElement) => elementsOf(el).filter((c) => c.uri === BPMN_MODEL_NAMESPACE);

  const flow = (el: XmlElement, containerId: string | undefined): BpmnFlow | undefined => {
    const id = attributeOf(el, 'id');
    const sourceRef = attributeOf(el, 'sourceRef');
    const targetRef = attributeOf(el, 'targetRef');
    if (id === undefined || sourceRef === undefined || targetRef === undefined) {
      incomplete(el, 'lacks id, sourceRef or targetRef');
      return undefined;
    }
    const base = { id, sourceRef, targetRef, line: el.line, column: el.column };
    return named(containerId === undefined ? base : { ...base, containerId }, el);
  };

  const walkContainer = (container: XmlElement, processId: string, parentId: string | undefined) => {
    for (const el of bpmnChildren(container)) {
      const local = el.local;
      if (local === 'sequenceFlow') {
        const f = flow(el, parentId ?? processId);
        if (f !== undefined) model.sequenceFlows.push(f);
        continue;
      }
      if (local === 'laneSet') {
        walkLanes(el, processId);
        continue;
      }
      const kind = ACTIVITIES.has(local)
        ? 'activity'
        : EVENTS.has(local)
          ? 'event'
          : GATEWAYS.has(local)
            ? 'gateway'
            : undefined;
      if (kind === undefined) continue;
      const id = attributeOf(el, 'id');
      if (id === undefined) {
        incomplete(el, 'has no id');
        continue;
      }
      let node: BpmnNode = {
        id,
        kind,
        type: local,
        processId,
        eventDefinitions: bpmnChildren(el)
          .map((c) => c.local)
          .filter((n) => n.endsWith('EventDefinition')),
        line: el.line,
        column: el.column,
      };
      node = named(node, el);
      if (parentId !== undefined) node = { ...node, parentId };
      const attached = attributeOf(el, 'attachedToRef');
      if (attached !== undefined) node = { ...node, attachedToRef: attached };
      model.nodes.push(node);
      if (CONTAINERS.has(local)) walkContainer(el, processId, id);
    }
  };

  const walkLanes = (laneSet: XmlElement, processId: string) => {
    for (const lane of bpmnChildren(laneSet).filter((c) => c.local === 'lane')) {
      const id = attributeOf(lane, 'id');
      if (id === undefined) {
        incomplete(lane, 'has no id');
        continue;
      }
      const refs: string[] = [];
      for (const c of bpmnChildren(lane)) {
        if (c.local === 'flowNodeRef') refs.push(textContent(c).trim());
        else if (c.local === 'childLaneSet') walkLanes(c, processId);
      }
      model.lanes.push(named({ id, processId, flowNodeRefs: refs }, lane));
    }
  };

  for (const el of bpmnChildren(root)) {
    if (el.local === 'collaboration') {
      for (const c of bpmnChildren(el)) {
        if (c.local === 'participant') {
          const id = attributeOf(c, 'id');
          if (id === undefined) {
            incomplete(c, 'has no id');
            continue;
          }
          const processRef = attributeOf(c, 'processRef');
          model.participants.push(named(processRef === undefined ? { id } : { id, processRef }, c));
        } else if (c.local === 'messageFlow') {
          const f = flow(c, undefined);
          if (f !== undefined) model.messageFlows.push(f);
        }
      }
    } else if (el.local === 'process') {
      const id = attributeOf(el, 'id');
      if (id === undefined) {
        incomplete(el, 'has no id');
        continue;
      }
      model.processes.push(named({ id }, el));
      walkContainer(el, id, undefined);
    }
  }
  return { value: model, diagnostics };
}

function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) if (c.type === 'text') out += c.value;
  return out;
}
