/**
 * Every implemented rule, grouped by family.
 *
 * @module
 */
import type { QualityRule } from '../types.js';
import { bezugRules } from './bezug.js';
import { codelistRules } from './codelists.js';
import { contentRules } from './content.js';
import { fieldRules } from './fields.js';
import { idRules } from './ids.js';
import { statusRules } from './status.js';
import { structureRules } from './structure.js';
import { textRules } from './texts.js';

/** All rules, sorted by code. */
export const qualityRules: readonly QualityRule[] = [
  ...textRules,
  ...idRules,
  ...bezugRules,
  ...structureRules,
  ...fieldRules,
  ...contentRules,
  ...codelistRules,
  ...statusRules,
].sort((a, b) => a.code - b.code);
