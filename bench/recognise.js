#!/usr/bin/env node
/*
 * Times the wall recogniser (src/walls/recognise.ts) on a 200-line coloured
 * traceback and on a long stream, and prints one JSON line:
 *   node bench/recognise.js  ->  {"traceback_ms_p50": …, "traceback_ms_p99": …, …}
 * The source is compiled in memory with the repository's TypeScript (no build
 * needed, nothing written). Target: at most 1 ms per output.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');

const REPO = path.resolve(__dirname, '..');
const SOURCE = path.join(REPO, 'src', 'walls', 'recognise.ts');
const FIXTURE = path.join(
  REPO,
  'src',
  '__tests__',
  'fixtures',
  'errors',
  'notebook-outputs.json'
);
const RUNS = 2000;
const WARMUP = 200;

/** The module and its relative imports, compiled to CommonJS in memory. */
function load(file = SOURCE, cache = new Map()) {
  if (cache.has(file)) {
    return cache.get(file).exports;
  }
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020
    }
  });
  const module = { exports: {} };
  cache.set(file, module);
  const local = name =>
    load(path.resolve(path.dirname(file), `${name}.ts`), cache);
  new Function('module', 'exports', 'require', outputText)(
    module,
    module.exports,
    local
  );
  return module.exports;
}

function find(id) {
  const cells = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  return cells.find(cell => cell.id === id).outputs;
}

/** A real traceback (fork refused) grown to 200 lines with real frames of its own. */
function longTraceback() {
  const error = find('eagain-fork').find(o => o.output_type === 'error');
  const frames = error.traceback.slice(2, -1);
  const traceback = error.traceback.slice(0, 2);
  let lines = 0;
  while (lines < 200) {
    for (const frame of frames) {
      traceback.push(frame);
      lines += frame.split('\n').length;
    }
  }
  traceback.push(error.traceback[error.traceback.length - 1]);
  return { ...error, traceback, lines };
}

/** 200 lines of stderr from the tools, in the chunks they came in. */
function longStream() {
  const chunks = find('bash-odd-names-c').concat(find('bash-odd-names-utf8'));
  const outputs = [];
  let lines = 0;
  while (lines < 200) {
    for (const chunk of chunks) {
      outputs.push(chunk);
      lines += (chunk.text.match(/\n/g) || []).length;
    }
  }
  return { outputs, lines };
}

function time(fn) {
  for (let i = 0; i < WARMUP; i++) {
    fn();
  }
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = q =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

function main() {
  const recognise = load();
  const error = longTraceback();
  const stream = longStream();
  if (recognise.recogniseOutput(error).length !== 1) {
    throw new Error('the long traceback was not recognised');
  }
  const tb = time(() => recognise.recogniseOutput(error));
  const st = time(() => recognise.recogniseOutputs(stream.outputs, 1000));
  const round = x => Math.round(x * 1000) / 1000;
  console.log(
    JSON.stringify({
      traceback_lines: error.lines,
      traceback_ms_p50: round(tb.p50),
      traceback_ms_p99: round(tb.p99),
      stream_lines: stream.lines,
      stream_outputs: stream.outputs.length,
      stream_ms_p50: round(st.p50),
      stream_ms_p99: round(st.p99),
      runs: RUNS,
      // Other work on the machine shows in p99 first.
      loadavg_1min: round(os.loadavg()[0])
    })
  );
}

if (require.main === module) {
  main();
}

module.exports = { load };
