/**
 * `fimkit/core/binding`: spec-driven binding between XML and plain model objects (parse, build, zod).
 *
 * @module
 */
export { type BuildOptions, buildDocument } from './build.js';
export { type BindResult, bindDocument } from './parse.js';
export { type SourceMap, SourceMapBuilder } from './source-map.js';
export {
  type AttributeSpec,
  type Code,
  codeType,
  complexType,
  type ElementSpec,
  type Extras,
  type MessageSpec,
  many,
  one,
  type TypeSpec,
  text,
  texts,
  type UnknownAttribute,
  type UnknownElement,
  type Vocabulary,
} from './spec.js';
export { zodFor } from './zod.js';
