/**
 * The only way libxml2 gets at files: a virtual-IO input provider that serves `xs:include` / `xs:import`
 * targets from one XSD root directory and refuses everything else.
 *
 * libxml2-wasm's input providers are process-global and cannot be unregistered one by one, so one provider
 * is registered once, on first use. It stays passive (matches nothing) except while fimkit itself runs a
 * libxml2 call inside {@link sandboxed}; then it claims every URI libxml2 wants to load, serves
 * `fimkit-xsd://<root id>/<relative path>` from the root directory and refuses anything else: `file:` paths,
 * `http:` URLs, DTDs and external entities. Containment is lexical: no path segment may be `..`, so a schema
 * cannot climb out of the root; symlinks the user placed inside the root are followed. Without a provider
 * libxml2-wasm reads from Emscripten's empty in-memory file system, and it has no network client.
 *
 * @module
 * @internal
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { xmlRegisterInputProvider } from 'libxml2-wasm';
import { FimkitError } from '../diagnostics.js';

const SCHEME = 'fimkit-xsd:';

/** A directory registered with the sandbox. */
export interface SandboxRoot {
  /** Short id used as the URI host. */
  readonly id: string;
  /** Absolute path of the directory. */
  readonly dir: string;
}

/** What the provider refused or could not find during one {@link sandboxed} call. */
export interface SandboxLog {
  /** URIs outside the root (or loads when no root was allowed). */
  readonly refused: string[];
  /** Files inside the root that do not exist. */
  readonly missing: string[];
}

interface Session {
  readonly root: SandboxRoot | undefined;
  readonly log: SandboxLog;
}

const roots = new Map<string, SandboxRoot>();
const openFiles = new Map<number, { readonly data: Uint8Array; pos: number }>();
let nextFd = 1;
let active: Session | undefined;
let registered = false;

/** Returns the sandbox root for `dir` (created on first use; one per absolute directory path). */
export function sandboxRoot(dir: string): SandboxRoot {
  const abs = path.resolve(dir);
  let root = roots.get(abs);
  if (root === undefined) {
    root = { id: `root${roots.size + 1}`, dir: abs };
    roots.set(abs, root);
  }
  return root;
}

/** Returns the virtual URI under which libxml2 sees `relativePath` of `root`. */
export function sandboxUri(root: SandboxRoot, relativePath: string): string {
  const segments = relativePath.split(/[\\/]+/).filter((s) => s !== '');
  return `${SCHEME}//${root.id}/${segments.map(encodeURIComponent).join('/')}`;
}

/** Maps a virtual URI back to the real path it stands for (other strings are returned unchanged). */
export function sandboxPath(uri: string): string {
  const located = locate(uri);
  return located === undefined ? uri : path.join(located.root.dir, ...located.segments);
}

function locate(uri: string): { root: SandboxRoot; segments: string[] } | undefined {
  const match = /^fimkit-xsd:\/\/([a-z0-9]+)\/(.*)$/.exec(uri);
  if (match === null) return undefined;
  const root = [...roots.values()].find((r) => r.id === match[1]);
  if (root === undefined) return undefined;
  let segments: string[];
  try {
    segments = (match[2] ?? '').split('/').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[\\/\0]/.test(s))) return undefined;
  return { root, segments };
}

function open(uri: string): number | undefined {
  const session = active;
  if (session === undefined) return undefined;
  const located = locate(uri);
  if (session.root === undefined || located === undefined || located.root !== session.root) {
    session.log.refused.push(uri);
    return undefined;
  }
  const file = path.join(located.root.dir, ...located.segments);
  let data: Uint8Array;
  try {
    data = readFileSync(file);
  } catch {
    session.log.missing.push(file);
    return undefined;
  }
  const fd = nextFd++;
  openFiles.set(fd, { data, pos: 0 });
  return fd;
}

function read(fd: number, buf: Uint8Array): number {
  const file = openFiles.get(fd);
  if (file === undefined) return -1;
  const n = Math.min(buf.byteLength, file.data.byteLength - file.pos);
  buf.set(file.data.subarray(file.pos, file.pos + n));
  file.pos += n;
  return n;
}

function ensureRegistered(): void {
  if (registered) return;
  // Callbacks run inside wasm frames: they must never throw.
  const ok = xmlRegisterInputProvider({
    match: () => active !== undefined,
    open: (uri) => {
      try {
        return open(uri);
      } catch {
        return undefined;
      }
    },
    read: (fd, buf) => {
      try {
        return read(fd, buf);
      } catch {
        return -1;
      }
    },
    close: (fd) => openFiles.delete(fd),
  });
  if (!ok) {
    throw new FimkitError(
      'xsd/loader-unavailable',
      'libxml2 refused another input provider (its callback table is full); XSD includes cannot be served.',
    );
  }
  registered = true;
}

/**
 * Runs `fn` (which calls libxml2 synchronously) with the provider active: loads below `root` are served,
 * all others refused and logged. Pass `undefined` to refuse every load (instance documents).
 */
export function sandboxed<T>(root: SandboxRoot | undefined, fn: (log: SandboxLog) => T): T {
  ensureRegistered();
  const previous = active;
  const session: Session = { root, log: { refused: [], missing: [] } };
  active = session;
  try {
    return fn(session.log);
  } finally {
    active = previous;
  }
}
