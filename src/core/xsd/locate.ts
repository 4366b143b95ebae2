/**
 * Finding the user-supplied XSD root directory and the entry schema of a set inside it.
 *
 * @module
 */

import { statSync } from 'node:fs';
import path from 'node:path';
import { FimkitError } from '../diagnostics.js';
import { findXsdSet, XSD_MANIFEST, type XsdSet } from './manifest.js';

/**
 * Name of the environment variable read by {@link resolveXsdDir} when no directory is passed.
 *
 * @example
 * ```ts
 * process.env[XSD_DIR_ENV] = '/opt/fim/xsd';
 * ```
 */
export const XSD_DIR_ENV = 'FIMKIT_XSD_DIR';

const LAYOUT = XSD_MANIFEST.map((s) => `${s.dir}/${s.entry}`).join(', ');

function isDirectory(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * Returns the absolute XSD root directory: `option` when given, else the environment variable
 * `FIMKIT_XSD_DIR` (read from `env`, default `process.env`). Throws `FimkitError` `xsd/dir-missing` when
 * neither is set or the directory does not exist.
 *
 * @example
 * ```ts
 * const dir = resolveXsdDir(); // reads FIMKIT_XSD_DIR
 * const same = resolveXsdDir('../shared/xsd'); // '/abs/path/shared/xsd'
 * ```
 */
export function resolveXsdDir(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[XSD_DIR_ENV];
  const [given, origin] =
    option !== undefined && option !== ''
      ? [option, 'the xsdDir option']
      : fromEnv !== undefined && fromEnv !== ''
        ? [fromEnv, `the environment variable ${XSD_DIR_ENV}`]
        : [undefined, undefined];
  if (given === undefined) {
    throw new FimkitError(
      'xsd/dir-missing',
      `No XSD directory given. fimkit does not ship the official XSD files: download the schema sets, ` +
        `put them in one folder (layout: ${LAYOUT}) and pass that folder as the xsdDir option or set ` +
        `${XSD_DIR_ENV}. See xsd/README.md in the fimkit package.`,
    );
  }
  const dir = path.resolve(given);
  if (!isDirectory(dir)) {
    throw new FimkitError(
      'xsd/dir-missing',
      `XSD directory ${dir} (from ${origin}) does not exist or is not a directory. ` +
        `Expected a folder holding ${LAYOUT}; see xsd/README.md in the fimkit package.`,
    );
  }
  return dir;
}

/**
 * Returns the schema set of `standard` and `version` from the manifest, or throws `FimkitError`
 * `xsd/unknown-schema` when fimkit has no schema set for them.
 *
 * @example
 * ```ts
 * requireXsdSet('genericode', '1.0').dir; // 'genericode-1.0'
 * ```
 */
export function requireXsdSet(standard: string, version: string): XsdSet {
  const set = findXsdSet(standard, version);
  if (set === undefined) {
    const known = XSD_MANIFEST.map((s) => `${s.standard} ${s.version}`).join(', ');
    throw new FimkitError(
      'xsd/unknown-schema',
      `fimkit has no XSD set for ${standard} ${version} (known: ${known}).`,
    );
  }
  return set;
}

/**
 * Returns the absolute path of a set's entry XSD inside `xsdDir`, or throws `FimkitError`
 * `xsd/schema-missing` when the file is not there (`xsd/unknown-schema` for an unknown set).
 *
 * @example
 * ```ts
 * xsdEntryPath('/opt/xsd', 'xdatenfelder', '3.0.0'); // '/opt/xsd/xdatenfelder-3.0.0/xdatenfelder.xsd'
 * ```
 */
export function xsdEntryPath(xsdDir: string, standard: string, version: string): string {
  const set = requireXsdSet(standard, version);
  const entry = path.join(path.resolve(xsdDir), set.dir, set.entry);
  if (!isFile(entry)) {
    throw new FimkitError(
      'xsd/schema-missing',
      `The entry schema of ${set.standard} ${set.version} is missing: expected ${entry} ` +
        `(folder ${set.dir}/ with ${set.entry} and the files it includes or imports). ` +
        `See xsd/README.md in the fimkit package.`,
    );
  }
  return entry;
}
