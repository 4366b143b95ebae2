/**
 * Run by writes.test.ts in a child process (bundled with esbuild): runs one fimkit command with real file
 * I/O after replacing `writeFile` (node:fs/promises) so that a write can be interrupted at a known point:
 *
 * - `half`: the write puts the first half of the data into its file, prints READY and hangs;
 * - `rename`: every write completes, the rename (of an atomic write) prints READY and hangs;
 * - `none`: nothing is patched.
 *
 * The parent then kills the process with SIGKILL and inspects the target.
 *
 * Usage: node harness.mjs <half|rename|none> <command> [args...]
 */
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { command as convert } from '../../src/cli/convert.js';
import { command as leika } from '../../src/cli/leika.js';
import { command as parse } from '../../src/cli/parse.js';

const [mode, name, ...args] = process.argv.slice(2);
const hang = async (): Promise<never> => {
  process.stdout.write('READY\n');
  return new Promise<never>(() => setInterval(() => {}, 1000));
};
const original = fsp.writeFile;
if (mode === 'half') {
  (fsp as { writeFile: unknown }).writeFile = async (file: string, data: Uint8Array | string) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    await original(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    return hang();
  };
} else if (mode === 'rename') {
  (fsp as { rename: unknown }).rename = async () => hang();
}
syncBuiltinESMExports();

const commands = { convert, leika, parse };
const command = commands[name as keyof typeof commands];
const code = await command.run(args, {
  stdout: { write: (s: string) => process.stdout.write(s) },
  stderr: { write: (s: string) => process.stderr.write(s) },
  env: {},
  cwd: process.cwd(),
  isTTY: false,
});
process.stdout.write(`EXIT ${code}\n`);
