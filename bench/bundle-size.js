#!/usr/bin/env node
/**
 * Browser-bundle check: bundles entry points with esbuild for `platform: 'browser'` WITHOUT Node
 * polyfills, records every Node built-in an entry pulls in (with the importing file) and reports the
 * bundle size raw, minified and minified + gzipped.
 *
 *   node bench/bundle-size.js            # fimkit/xdatenfelder and fimkit/xdatenfelder/v3, as a table
 *   node bench/bundle-size.js --json     # the same as one JSON object
 *   node bench/bundle-size.js --audit    # every src/<area>/index.ts outside cli/: which pull in node: built-ins
 *   node bench/bundle-size.js --entry src/report/html/index.ts   # any other entries (repeatable)
 *
 * Exit code 1 when an entry pulls in a Node built-in (so CI can run it as a check).
 */
import { existsSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The browser entries of the package: `fimkit/xdatenfelder/v3` and `fimkit/xdatenfelder`. */
export const BROWSER_ENTRIES = ['src/xdatenfelder/v3/index.ts', 'src/xdatenfelder/index.ts'];

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Bundles one entry for the browser and returns its sizes and the Node built-ins it imports.
 * @param {string} entry path relative to the repository root
 * @returns {Promise<{ entry: string, bytes: number, gzip: number, nodeBuiltins: { module: string, importer: string }[], errors: string[] }>}
 */
export async function measureBundle(entry) {
  /** @type {{ module: string, importer: string }[]} */
  const nodeBuiltins = [];
  /** @type {import('esbuild').Plugin} */
  const recordBuiltins = {
    name: 'record-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
        if (!builtins.has(args.path)) return undefined;
        nodeBuiltins.push({ module: args.path, importer: path.relative(root, args.importer) });
        return { path: args.path, external: true };
      });
    },
  };
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [recordBuiltins],
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    entry,
    bytes: output.byteLength,
    gzip: gzipSync(output, { level: 9 }).byteLength,
    nodeBuiltins,
    errors: result.errors.map((e) => e.text),
  };
}

/** `src/<area>/index.ts` and `src/<area>/<version>/index.ts` outside `cli/`: the library's modules. */
export function libraryEntries() {
  const entries = [];
  for (const area of readdirSync(path.join(root, 'src'), { withFileTypes: true })) {
    if (!area.isDirectory() || area.name === 'cli') continue;
    const walk = (dir) => {
      if (existsSync(path.join(root, dir, 'index.ts'))) entries.push(`${dir}/index.ts`);
      for (const sub of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        if (sub.isDirectory()) walk(`${dir}/${sub.name}`);
      }
    };
    walk(`src/${area.name}`);
  }
  return entries.sort();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

async function cli(argv) {
  const audit = argv.includes('--audit');
  const named = argv.flatMap((a, i) => (argv[i - 1] === '--entry' ? [a] : []));
  const entries = named.length > 0 ? named : audit ? libraryEntries() : BROWSER_ENTRIES;
  const results = [];
  for (const entry of entries) {
    try {
      results.push(await measureBundle(entry));
    } catch (error) {
      results.push({ entry, bytes: 0, gzip: 0, nodeBuiltins: [], errors: [String(error?.message ?? error)] });
    }
  }
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ esbuild: esbuild.version, results })}\n`);
  } else {
    process.stdout.write(`esbuild ${esbuild.version}, platform browser, esm, minified\n\n`);
    process.stdout.write('| entry | minified | minified + gzip | Node built-ins |\n|---|---|---|---|\n');
    for (const r of results) {
      const mods = [...new Set(r.nodeBuiltins.map((b) => `${b.module} (${b.importer})`))].join(', ');
      process.stdout.write(
        `| ${r.entry} | ${kb(r.bytes)} | ${kb(r.gzip)} | ${r.errors.length > 0 ? `build failed: ${r.errors[0]}` : mods || 'none'} |\n`,
      );
    }
  }
  return results.some((r) => r.nodeBuiltins.length > 0 || r.errors.length > 0) ? 1 : 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli(process.argv.slice(2));
}
