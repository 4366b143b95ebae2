/**
 * Embedded files of XProzess 2.0 (`Datei/inhalt`, xs:base64Binary): base64 decoding and, when the
 * payload is a ZIP archive (as in every real FIM export), unpacking in pure JS (fflate) with limits
 * against zip bombs, refusal of entry names that would escape an extraction directory, of symbolic links
 * and of duplicate names, and a CRC-32 check of every unpacked entry (declared sizes can lie).
 *
 * @module
 */
import { unzipSync } from 'fflate';
import { type Diagnostic, diagnostic, type Result } from '../../core/diagnostics.js';

/**
 * One file from a `Datei`: its path inside the archive (or the `dateiname` when the payload is not an
 * archive) and its bytes.
 *
 * @example
 * ```ts
 * const f: EmbeddedFile = { name: 'BPMN DI-Export.xml', bytes: new Uint8Array() };
 * ```
 */
export interface EmbeddedFile {
  /** Relative path, `/`-separated, checked by {@link safeEntryPath}. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Limits applied while unpacking (defaults: 1,000 entries, 64 MiB per file, 256 MiB in all, ratio 200).
 *
 * @example
 * ```ts
 * const limits: ArchiveLimits = { maxTotalSize: 16 * 1024 * 1024 };
 * ```
 */
export interface ArchiveLimits {
  /** Most entries unpacked from one archive. */
  readonly maxEntries?: number;
  /** Largest uncompressed entry, in bytes. */
  readonly maxFileSize?: number;
  /** Largest sum of uncompressed entries, in bytes. */
  readonly maxTotalSize?: number;
  /** Largest ratio uncompressed / compressed size of one entry. */
  readonly maxRatio?: number;
}

const DEFAULTS: Required<ArchiveLimits> = {
  maxEntries: 1000,
  maxFileSize: 64 * 1024 * 1024,
  maxTotalSize: 256 * 1024 * 1024,
  maxRatio: 200,
};

/** Where a `Datei` sits, for diagnostics. */
export interface DateiLocation {
  readonly path?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** What the central directory says about one entry (fflate does not expose mode bits or check CRCs). */
interface CentralEntry {
  readonly crc: number;
  /** A Unix symbolic link (`version made by` host 3, mode `S_IFLNK`). */
  readonly symlink: boolean;
}

/** The central directory's entries in order, or undefined when it is missing or broken. */
function centralDirectory(bytes: Uint8Array): CentralEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: CentralEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const host = view.getUint8(at + 5);
    const mode = view.getUint32(at + 38, true) >>> 16;
    entries.push({
      crc: view.getUint32(at + 16, true),
      symlink: host === 3 && (mode & 0o170000) === 0o120000,
    });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/**
 * Decodes xs:base64Binary text. Returns `undefined` when the text is not base64.
 *
 * @example
 * ```ts
 * decodeBase64('UEs='); // Uint8Array [0x50, 0x4b]
 * ```
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0) return undefined;
  const buf = Buffer.from(compact, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * True when the bytes start with a ZIP local file header (`PK\x03\x04`) or an empty archive's end record.
 *
 * @example
 * ```ts
 * isZip(new Uint8Array([0x50, 0x4b, 3, 4])); // true
 * ```
 */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/**
 * The entry name as a safe relative path, or `undefined` when it is absolute, has a drive letter, a
 * backslash, a NUL, an empty name or a `..` segment (it could write outside the target directory).
 *
 * @example
 * ```ts
 * safeEntryPath('model/BPMN.xml'); // 'model/BPMN.xml'
 * safeEntryPath('../../etc/passwd'); // undefined
 * ```
 */
export function safeEntryPath(name: string): string | undefined {
  if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name) || /[\\\0]/.test(name)) return undefined;
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.includes('..')) return undefined;
  return segments.join('/');
}

/**
 * Opens the content of a `Datei`: decodes the base64 text and unpacks a ZIP archive (or returns the
 * decoded bytes as one file named `dateiname` when it is no archive). Never throws on content:
 * `xprozess/invalid-base64`, `xprozess/corrupt-archive` (also for one entry whose CRC-32 does not match:
 * it is skipped), `xprozess/archive-limit` (zip bomb guard; the entry is skipped), `xprozess/unsafe-path`
 * (a name leaving the directory or a symbolic link; skipped) and `xprozess/duplicate-entry` (a name seen
 * before; the first is kept) are diagnostics.
 *
 * @example
 * ```ts
 * const { value: files = [], diagnostics } = openDatei(prozess.prozessmodell!.prozessmodelldatei[0]!);
 * for (const f of files) console.log(f.name, f.bytes.length);
 * ```
 */
export function openDatei(
  datei: { readonly dateiname: string; readonly inhalt: string },
  limits: ArchiveLimits = {},
  at: DateiLocation = {},
): Result<EmbeddedFile[]> {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], code: string, msg: string) =>
    diagnostics.push(
      diagnostic(severity, `xprozess/${code}`, msg, 'xprozess', {
        path: at.path,
        line: at.line,
        column: at.column,
      }),
    );
  const bytes = decodeBase64(datei.inhalt);
  if (bytes === undefined) {
    report('error', 'invalid-base64', `The content of "${datei.dateiname}" is not valid base64.`);
    return { value: undefined, diagnostics };
  }
  if (!isZip(bytes)) {
    report(
      'info',
      'not-an-archive',
      `The content of "${datei.dateiname}" is not a ZIP archive; exposed as one file.`,
    );
    const name = safeEntryPath(datei.dateiname.replace(/[\\/]/g, '_')) ?? 'datei';
    return { value: [{ name, bytes }], diagnostics };
  }
  const l = { ...DEFAULTS, ...limits };
  let entries = 0;
  let total = 0;
  const names = new Map<string, string>();
  const safeNames = new Set<string>();
  const central = centralDirectory(bytes);
  if (central === undefined) {
    report(
      'error',
      'corrupt-archive',
      `The archive in "${datei.dateiname}" has no readable central directory.`,
    );
    return { value: undefined, diagnostics };
  }
  const crcs = new Map<string, number>();
  let index = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter(file) {
        const entry = central[index++];
        if (file.name.endsWith('/')) return false;
        if (entry?.symlink === true) {
          report(
            'error',
            'unsafe-path',
            `Archive "${datei.dateiname}": entry "${file.name}" is a symbolic link; skipped.`,
          );
          return false;
        }
        const safe = safeEntryPath(file.name);
        if (safe === undefined) {
          report(
            'error',
            'unsafe-path',
            `Archive "${datei.dateiname}": entry "${file.name}" would escape the target directory; skipped.`,
          );
          return false;
        }
        const limit = (what: string) => {
          report(
            'error',
            'archive-limit',
            `Archive "${datei.dateiname}": entry "${file.name}" ${what}; skipped.`,
          );
          return false;
        };
        if (names.has(file.name) || safeNames.has(safe)) {
          report(
            'error',
            'duplicate-entry',
            `Archive "${datei.dateiname}": entry "${file.name}" repeats an earlier name; the first is kept.`,
          );
          return false;
        }
        if (++entries > l.maxEntries) return limit(`exceeds the limit of ${l.maxEntries} entries`);
        if (file.originalSize > l.maxFileSize)
          return limit(`is ${file.originalSize} bytes, more than ${l.maxFileSize}`);
        if (file.originalSize / Math.max(file.size, 1) > l.maxRatio) {
          return limit(`expands ${file.size} to ${file.originalSize} bytes, a ratio above ${l.maxRatio}`);
        }
        if (total + file.originalSize > l.maxTotalSize)
          return limit(`would exceed ${l.maxTotalSize} bytes in all`);
        total += file.originalSize;
        names.set(file.name, safe);
        safeNames.add(safe);
        if (entry !== undefined) crcs.set(file.name, entry.crc);
        return true;
      },
    });
  } catch (cause) {
    report(
      'error',
      'corrupt-archive',
      `The archive in "${datei.dateiname}" cannot be read: ${(cause as Error).message}.`,
    );
    return { value: undefined, diagnostics };
  }
  const files: EmbeddedFile[] = [];
  for (const [name, content] of Object.entries(unzipped)) {
    const crc = crcs.get(name);
    if (crc !== undefined && crc32(content) !== crc) {
      report(
        'error',
        'corrupt-archive',
        `Archive "${datei.dateiname}": entry "${name}" does not match its CRC-32 (its data or declared size ` +
          'is wrong); skipped.',
      );
      continue;
    }
    files.push({ name: names.get(name) ?? name, bytes: content });
  }
  return { value: files, diagnostics };
}
