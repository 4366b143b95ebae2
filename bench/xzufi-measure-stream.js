/**
 * Measures the XZuFi streaming reader against bare saxes on a generated transfer message, each case in
 * its own child process (peak RSS = `process.resourceUsage().maxRSS`). Both read the file in chunks
 * (`CHUNK` bytes, default 64 KiB) through `fs.createReadStream` and a streaming UTF-8 decoder.
 *
 *   node bench/xzufi-measure-stream.js BUILD_DIR FILE [ROUNDS=3]
 *
 * BUILD_DIR holds the compiled `xzufi/v2_2/index.js` (for example `dist`).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';

const [buildDir, file, roundsArg, mode] = process.argv.slice(2);
if (buildDir === undefined || file === undefined) {
  console.error('usage: node bench/xzufi-measure-stream.js BUILD_DIR FILE [ROUNDS]');
  process.exit(2);
}
/** Chunk size in bytes: `CHUNK` environment variable, default 64 KiB (the `createReadStream` default). */
const CHUNK = Number(process.env.CHUNK ?? 65536);

class BareSaxes extends SaxesParser {
  constructor() {
    super({ xmlns: true, position: true });
    this.count = 0;
    this.openTagHandler = () => {
      this.count++;
    };
    this.closeTagHandler = () => {};
    this.textHandler = () => {};
  }
}

async function runSaxes() {
  const p = new BareSaxes();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
    p.write(decoder.decode(chunk, { stream: true }));
  }
  p.write(decoder.decode());
  p.close();
  return p.count;
}

async function runStream() {
  const { streamTransfer } = await import(pathToFileURL(path.resolve(buildDir, 'xzufi/v2_2/index.js')).href);
  let leistungen = 0;
  let entries = 0;
  let diagnostics = 0;
  for await (const item of streamTransfer(createReadStream(file, { highWaterMark: CHUNK }))) {
    entries++;
    diagnostics += item.diagnostics.length;
    if (item.type === 'schreibe' && item.value.leistung !== undefined) leistungen++;
  }
  return { entries, leistungen, diagnostics };
}

if (mode !== undefined) {
  // Child: one case.
  const start = process.hrtime.bigint();
  const result = mode === 'saxes' ? await runSaxes() : await runStream();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ mode, seconds, rssMB: rss, result }));
} else {
  const size = statSync(file).size / 1e6;
  const rounds = Number(roundsArg ?? 3);
  const self = fileURLToPath(import.meta.url);
  const results = { saxes: [], stream: [] };
  for (let r = 0; r < rounds; r++) {
    for (const m of ['saxes', 'stream']) {
      const out = execFileSync(process.execPath, [self, buildDir, file, '0', m], { encoding: 'utf8' });
      results[m].push(JSON.parse(out));
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const row = (m) => {
    const s = median(results[m].map((x) => x.seconds));
    const rss = Math.max(...results[m].map((x) => x.rssMB));
    return { mode: m, medianSeconds: s, mbPerSecond: size / s, peakRssMB: rss, result: results[m][0].result };
  };
  const saxes = row('saxes');
  const stream = row('stream');
  console.log(
    JSON.stringify(
      { fileMB: size, chunk: CHUNK, rounds, saxes, stream, ratio: stream.mbPerSecond / saxes.mbPerSecond },
      null,
      2,
    ),
  );
}
