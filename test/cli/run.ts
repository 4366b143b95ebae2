/** Runs the CLI in-process with captured streams. */
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../support/shared.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON Lines (when the arguments ask for json). */
  readonly records: Record<string, unknown>[];
}

export async function runCli(
  argv: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
    isTTY: options.isTTY ?? false,
  };
  const code = await main(argv, io);
  return {
    code,
    stdout,
    stderr,
    // Parsed on first use: commands that print one pretty-printed JSON document are read with JSON.parse.
    get records() {
      return argv.includes('json')
        ? stdout
            .split('\n')
            .filter((l) => l !== '')
            .map((l) => JSON.parse(l) as Record<string, unknown>)
        : [];
    },
  };
}
