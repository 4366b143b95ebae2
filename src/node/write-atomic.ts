/**
 * Node file-system helpers shared by the CLI and the Node-only adapters (`fimkit/leika`'s directory
 * migration). The parse, build and analysis modules never import this.
 *
 * @module
 */
import { access, chmod, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `target` atomically: a temporary file in the same directory, then a rename, so an
 * interrupted write leaves either the old file or the new one, never half of one. An existing target
 * that is not writable is refused (EACCES, as a plain write would be) and its mode is kept.
 *
 * @example
 * ```ts
 * await writeAtomic('out/leistung.xml', bytes);
 * ```
 */
export async function writeAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  // The rename would replace a read-only file; refuse it as a plain write would (EACCES), keep the mode.
  const mode = await stat(target).then(
    (s) => s.mode & 0o7777,
    () => undefined,
  );
  if (mode !== undefined) await access(target, constants.W_OK);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, bytes, { flush: true });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
