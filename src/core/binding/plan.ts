/**
 * What the binders need of each type, computed once per type: the slots of its children by sequence
 * position and by name, its attributes, and which members are required or repeated.
 *
 * @module
 */
import type { ElementSpec, TypeSpec } from './spec.js';

/** A child element of a type: its spec, its index in the sequence, and (lazily) its type's plan. @internal */
export interface Slot {
  readonly spec: ElementSpec;
  readonly index: number;
  plan: Plan | undefined;
}

/** What the binder needs of a type, computed once per type. @internal */
export interface Plan {
  readonly type: TypeSpec;
  /** The slot that each position's name resolves to (by sequence position). */
  readonly slots: readonly Slot[];
  readonly byName: ReadonlyMap<string, Slot>;
  readonly attributeNames: readonly string[];
  readonly requiredAttributes: readonly string[];
  readonly repeated: readonly string[];
  readonly required: readonly string[];
  readonly names: readonly string[];
}

const plans = new WeakMap<TypeSpec, Plan>();
/** The plan of a type, computed once (shared with the subtree binder). @internal */
export function planOf(type: TypeSpec): Plan {
  let plan = plans.get(type);
  if (plan === undefined) {
    const elements = type.elements();
    const slots = elements.map((spec, index): Slot => ({ spec, index, plan: undefined }));
    const byName = new Map<string, Slot>();
    // A name declared twice resolves to its last declaration, at every position.
    for (const slot of slots) byName.set(slot.spec.name, slot);
    plan = {
      type,
      slots: slots.map((slot) => byName.get(slot.spec.name)!),
      byName,
      attributeNames: type.attributes.map((a) => a.name),
      requiredAttributes: type.attributes.filter((a) => a.required).map((a) => a.name),
      repeated: elements.filter((e) => e.max !== 1).map((e) => e.name),
      required: type.choice ? [] : elements.filter((e) => e.min === 1).map((e) => e.name),
      names: elements.map((e) => e.name),
    };
    plans.set(type, plan);
  }
  return plan;
}

/** The plan of a slot's type, undefined for simple types. @internal */
export function slotPlan(slot: Slot): Plan | undefined {
  const type = slot.spec.type;
  if (type === 'text') return undefined;
  slot.plan ??= planOf(type);
  return slot.plan;
}

/** The slot of a child element: the next one in sequence order is the usual case, checked before the map. @internal */
export function slotOf(plan: Plan, lastIndex: number, local: string): Slot | undefined {
  const slots = plan.slots;
  const next = slots[lastIndex + 1];
  if (next !== undefined && next.spec.name === local) return next;
  const same = lastIndex >= 0 ? slots[lastIndex] : undefined;
  if (same !== undefined && same.spec.name === local) return same;
  return plan.byName.get(local);
}

/**
 * Whether another alternative of a choice than `spec` is already set on `obj`.
 *
 * @example
 * ```ts
 * if (plan.type.choice && otherAlternative(plan, spec, obj)) report('choice');
 * ```
 */
export function otherAlternative(
  plan: Plan,
  spec: ElementSpec,
  obj: Readonly<Record<string, unknown>>,
): boolean {
  for (const e of plan.type.elements()) if (e !== spec && obj[e.name] !== undefined) return true;
  return false;
}

/**
 * Whether a choice has one of its alternatives set (an empty list does not count).
 *
 * @example
 * ```ts
 * if (plan.type.choice && !hasAlternative(plan, obj)) report('missing-element');
 * ```
 */
export function hasAlternative(plan: Plan, obj: Readonly<Record<string, unknown>>): boolean {
  for (const n of plan.names) {
    const v = obj[n];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) return true;
  }
  return false;
}
