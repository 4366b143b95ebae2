/**
 * `fimkit/plan`: the OZG priority categories, the artefact matrix and the check of a project descriptor.
 *
 * @module
 */
export {
  type ArtefactStatus,
  checkPlan,
  type PlanCheck,
  type ProjectDescriptor,
  parseDescriptor,
  projectDescriptorSchema,
} from './check.js';
export {
  ARTEFACT_MATRIX,
  type ArtefactRow,
  PRIORITY_CATEGORIES,
  type PriorityCategory,
  type Requirement,
} from './matrix.js';
