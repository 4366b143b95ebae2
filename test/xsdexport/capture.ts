/** Runs one command object in-process with captured streams (commands not yet registered in main.ts). */
import type { Command } from '../../src/cli/command.js';
import type { CliIo } from '../../src/cli/io.js';
import { repoRoot } from '../support/shared.js';

export async function runCommand(
  command: Command,
  args: readonly string[],
  cwd = repoRoot,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd,
    isTTY: false,
  };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}
