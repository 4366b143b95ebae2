/**
 * Project descriptors (Projektsteckbrief data as JSON or YAML) and the check of what a project still
 * lacks for its priority category.
 *
 * @module
 */
import { z } from 'zod';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { ARTEFACT_MATRIX, PRIORITY_CATEGORIES, type PriorityCategory, type Requirement } from './matrix.js';

/** A Stamm artefact and its local variants (files relative to the descriptor). */
const stammAndVariants = z.strictObject({
  stamm: z.string().min(1),
  variants: z.array(z.string().min(1)).default([]),
});

/**
 * Zod schema of a project descriptor: service, LeiKa key, category, the artefacts at hand (artefact id
 * to a file, a list of files or a short note) and optionally the files to analyse: XDatenfelder
 * (`stamm`, `variants`, further `schemas` for the reuse figures), service texts (`texts`: an XZuFi
 * Stammtext and its regional variants) and processes (`processes`: an XProzess Stammprozess and its
 * variants). File names are relative to the descriptor.
 *
 * @example
 * ```ts
 * const d = projectDescriptorSchema.parse({ service: 'Hundesteuer', category: 'K' });
 * ```
 */
export const projectDescriptorSchema = z.strictObject({
  service: z.string().min(1),
  leikaKey: z
    .string()
    .regex(/^\d{14}$/)
    .optional(),
  category: z.enum(['L', 'K', 'M', 'D']),
  artefacts: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])).default({}),
  files: z
    .strictObject({
      stamm: z.string().optional(),
      variants: z.array(z.string()).default([]),
      schemas: z.array(z.string()).default([]),
      texts: stammAndVariants.optional(),
      processes: stammAndVariants.optional(),
    })
    .optional(),
});

/**
 * A parsed project descriptor.
 *
 * @example
 * ```ts
 * const d: ProjectDescriptor = { service: 'Hundesteuer', category: 'M', artefacts: {} };
 * ```
 */
export type ProjectDescriptor = z.infer<typeof projectDescriptorSchema>;

/**
 * The state of one artefact for a project.
 *
 * @example
 * ```ts
 * plan.artefacts.filter((a) => a.status === 'missing');
 * ```
 */
export interface ArtefactStatus {
  readonly id: string;
  readonly label: string;
  readonly requirement: Requirement;
  /** `present`, `missing` (required but absent), `optional-missing`, `not-required`. */
  readonly status: 'present' | 'missing' | 'optional-missing' | 'not-required';
  readonly evidence?: string | readonly string[];
}

/**
 * Result of {@link checkPlan}.
 *
 * @example
 * ```ts
 * const { missing } = checkPlan(descriptor);
 * ```
 */
export interface PlanCheck {
  readonly service: string;
  readonly leikaKey: string | undefined;
  readonly category: PriorityCategory;
  readonly categoryLabel: string;
  readonly artefacts: readonly ArtefactStatus[];
  /** Ids of required artefacts that are missing. */
  readonly missing: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

const KNOWN = new Set(ARTEFACT_MATRIX.map((a) => a.id));

/**
 * Checks a descriptor against the artefact matrix: which required artefacts of its category are missing.
 * An artefact counts as present when the descriptor names a non-empty file, file list or note for it, or
 * `true`.
 *
 * @example
 * ```ts
 * checkPlan({ service: 'Hundesteuer', category: 'K', artefacts: { personas: 'personas.pdf' } }).missing;
 * ```
 */
export function checkPlan(descriptor: ProjectDescriptor): PlanCheck {
  const diagnostics: Diagnostic[] = [];
  for (const id of Object.keys(descriptor.artefacts)) {
    if (!KNOWN.has(id))
      diagnostics.push(
        diagnostic(
          'warning',
          'plan/unknown-artefact',
          `Unknown artefact "${id}"; known: ${[...KNOWN].join(', ')}.`,
          'plan',
          { path: `/artefacts/${id}` },
        ),
      );
  }
  const artefacts: ArtefactStatus[] = ARTEFACT_MATRIX.map((a) => {
    const requirement = a.requirement[descriptor.category];
    const given = descriptor.artefacts[a.id];
    const present =
      given === true ||
      (typeof given === 'string' && given.trim() !== '') ||
      (Array.isArray(given) && given.length > 0);
    const status = present
      ? 'present'
      : requirement === 'X'
        ? 'missing'
        : requirement === '(X)'
          ? 'optional-missing'
          : 'not-required';
    return {
      id: a.id,
      label: a.label,
      requirement,
      status,
      ...(present && typeof given !== 'boolean' && given !== undefined ? { evidence: given } : {}),
    };
  });
  return {
    service: descriptor.service,
    leikaKey: descriptor.leikaKey,
    category: descriptor.category,
    categoryLabel: PRIORITY_CATEGORIES[descriptor.category],
    artefacts,
    missing: artefacts.filter((a) => a.status === 'missing').map((a) => a.id),
    diagnostics,
  };
}
