/**
 * `fimkit/plan`: the OZG priority categories, the artefact matrix, project descriptors (JSON or YAML),
 * the check of what a project lacks, and the project report over the files it names.
 *
 * @module
 */
export {
  type ArtefactStatus,
  checkPlan,
  type PlanCheck,
  type ProjectDescriptor,
  projectDescriptorSchema,
} from './check.js';
export {
  type DescriptorFormat,
  descriptorFormat,
  type ParseDescriptorOptions,
  parseDescriptor,
  sniffDescriptorFormat,
} from './descriptor.js';
export {
  ARTEFACT_MATRIX,
  type ArtefactRow,
  PRIORITY_CATEGORIES,
  type PriorityCategory,
  type Requirement,
} from './matrix.js';
export {
  ARTEFACT_STATUS_LABELS,
  type ProjectRenderOptions,
  projectReportJson,
  renderProjectReportHtml,
  renderProjectReportMarkdown,
  renderProjectReportText,
} from './render.js';
export {
  type AnalyseProjectOptions,
  type AnalysisSlot,
  analyseProject,
  type FileProblem,
  hasFindings,
  type ProjectFiles,
  type ProjectReport,
} from './report.js';
