/**
 * The migration audit of the XDatenfelder 2.0 ⇄ 3.0.0 converters: one entry for every value that changes,
 * is lost, or is filled in because the target requires it. It replaces the FIM-XSLT converter's
 * "Originalwerte der XDF2-Datei" text in `beschreibung` (see `docs/conversion.md`).
 *
 * @module
 */

/** A value in an audit entry: a text, or the parts of a text that was split (`bezug`). */
export type AuditValue = string | readonly string[];

/**
 * What happened to a value: `changed` (written in another form), `lost` (no place for it in the target;
 * for mandatory values such as `id` the source value is written unchanged and may break the target's
 * pattern), `defaulted` (the target requires a value the source does not have).
 */
export type AuditKind = 'changed' | 'lost' | 'defaulted';

/**
 * One entry of the migration audit.
 *
 * @example
 * ```ts
 * const e: LossAuditEntry = {
 *   elementId: 'F05001047', elementVersion: '1.0', path: '/stammdatenschema/struktur[1]/enthaelt/datenfeld',
 *   property: 'identifikation.id', before: 'F05001047', after: 'F05000001047', kind: 'changed',
 * };
 * ```
 */
export interface LossAuditEntry {
  /** Id of the element in the SOURCE document (absent for header entries). */
  readonly elementId?: string;
  /** Version of the element in the source document, where it has one. */
  readonly elementVersion?: string;
  /** Path of the element in the source document (`/stammdatenschema/struktur[2]/enthaelt/datenfeld`). */
  readonly path: string;
  /** The property, as a dotted path of XSD element names (`identifikation.version`, `praezisierung`). */
  readonly property: string;
  /** The source value (absent for `defaulted`). */
  readonly before?: AuditValue;
  /** The value written to the target (absent for `lost`, unless a mandatory value was kept as is). */
  readonly after?: AuditValue;
  /** What happened. */
  readonly kind: AuditKind;
}

/** The element an audit entry is about: its source id/version and path. */
export interface AuditContext {
  readonly elementId?: string | undefined;
  readonly elementVersion?: string | undefined;
  readonly path: string;
}

/** Collects audit entries in document order. @internal */
export class AuditLog {
  readonly entries: LossAuditEntry[] = [];

  add(
    ctx: AuditContext,
    property: string,
    kind: AuditKind,
    before: AuditValue | undefined,
    after: AuditValue | undefined,
  ): void {
    const e: {
      elementId?: string;
      elementVersion?: string;
      path: string;
      property: string;
      before?: AuditValue;
      after?: AuditValue;
      kind: AuditKind;
    } = { path: ctx.path, property, kind };
    if (ctx.elementId !== undefined) e.elementId = ctx.elementId;
    if (ctx.elementVersion !== undefined) e.elementVersion = ctx.elementVersion;
    if (before !== undefined) e.before = before;
    if (after !== undefined) e.after = after;
    this.entries.push(e);
  }

  /** Records `changed` when `before !== after`. */
  changed(ctx: AuditContext, property: string, before: string, after: string): void {
    if (before !== after) this.add(ctx, property, 'changed', before, after);
  }

  /** Records `lost` for a value that is present and not blank. */
  lost(ctx: AuditContext, property: string, before: AuditValue | undefined, after?: AuditValue): void {
    if (before === undefined) return;
    if (typeof before === 'string' ? before.trim() === '' : before.length === 0) return;
    this.add(ctx, property, 'lost', before, after);
  }

  defaulted(ctx: AuditContext, property: string, after: AuditValue): void {
    this.add(ctx, property, 'defaulted', undefined, after);
  }
}
