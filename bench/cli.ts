/**
 * `npm run bench:cli`: what starting the `collections` command costs (issue 15), end to end as a
 * person runs it, beside a bare `node -e 0`:
 * - `collections costs --principal 3000` (pure arithmetic: all it costs is start-up),
 * - `collections --help`,
 * - `collections classify` on 1,000 debtor replies from nlp/corpus (JSON Lines on stdin).
 * Each is a child process of a shell (see FORK_FROM_SHELL), run BENCH_RUNS times (default 7),
 * the cases interleaved so a busy machine slows all of them alike; printed: the median and range
 * of wall time, the wall time as a multiple of `node -e 0`, the median CPU time (user + system:
 * what a busy machine inflates least) and the median peak RSS.
 * Goals: costs under 4x `node -e 0` and under 80 MB; classify on 1,000 lines under 2 s.
 * BENCH_NODE=<node binary> runs the children with another Node (e.g. 24);
 * BENCH_CLI_ROOT=<checkout> measures the `collections` of another checkout (an older commit).
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDistCurrent } from '../bin/is-dist-current.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const NODE = process.env.BENCH_NODE ?? process.execPath;
const ROOT = path.resolve(process.env.BENCH_CLI_ROOT ?? path.join(import.meta.dirname, '..'));
const CLI = path.join(ROOT, 'bin/collections.js');
const CORPUS = path.join(import.meta.dirname, '..', 'nlp', 'corpus');
const LINES = 1000;
const GOALS = { costsRatio: 4, costsRssMb: 80, classifyMs: 2000 };
// Printed by the child at exit: the peak resident set of the whole process in kilobytes, and the
// CPU time it used in microseconds (on a busy machine wall time waits for the CPU; this does not).
const PRINT_USAGE = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("max-rss-kb="+u.maxRSS+" cpu-us="+(u.userCPUTime+u.systemCPUTime)+"\\n")})`;
// Linux carries a process's peak RSS across fork and exec: a child forked from this (large)
// process would report our peak. A shell, small after its own exec, forks the measured child.
const FORK_FROM_SHELL = ['-c', '"$@" < "$0" & wait $!'];

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly stdin: string;
  /** Throws when the run did not do its job: a fast failure is no result. */
  readonly check: (stdout: string) => void;
}

interface Sample {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMb: number;
}

/** 1,000 replies spread over every language file of the corpus, the same ones every run. */
function writeReplies(dir: string): string {
  const rows = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readFileSync(path.join(CORPUS, name), 'utf8').split('\n').filter(Boolean));
  if (rows.length < LINES) throw new Error(`nlp/corpus has ${rows.length} lines, fewer than ${LINES}`);
  const picked = Array.from({ length: LINES }, (_, i) => {
    const { id, text, subject } = JSON.parse(rows[Math.floor((i * rows.length) / LINES)]!) as {
      id: string;
      text: string;
      subject?: string;
    };
    return JSON.stringify({ id, text, subject });
  });
  const file = path.join(dir, 'replies.jsonl');
  writeFileSync(file, `${picked.join('\n')}\n`);
  return file;
}

function run(testCase: Case): Promise<Sample> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      '/bin/sh',
      [...FORK_FROM_SHELL, testCase.stdin, NODE, '--import', PRINT_USAGE, ...testCase.args],
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NLP_LLM_MODE: 'off' }, cwd: tmpdir() },
      (error, stdout, stderr) => {
        const ms = performance.now() - started;
        const usage = /max-rss-kb=(\d+) cpu-us=(\d+)/u.exec(stderr);
        if (error || !usage) return reject(error ?? new Error(`${testCase.name}: no usage: ${stderr}`));
        try {
          testCase.check(stdout);
        } catch (failed) {
          return reject(failed);
        }
        resolve({ ms, cpuMs: Number(usage[2]) / 1000, rssMb: Number(usage[1]) / 1024 });
      },
    );
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-cli-'));
try {
  const replies = writeReplies(dir);
  const cases: Case[] = [
    { name: 'node -e 0', args: ['-e', '0'], stdin: '/dev/null', check: () => undefined },
    {
      name: 'collections costs --principal 3000',
      args: [CLI, 'costs', '--principal', '3000'],
      stdin: '/dev/null',
      check: (stdout) => {
        if (JSON.parse(stdout).total !== 3425) throw new Error(`costs printed ${stdout}`);
      },
    },
    {
      name: 'collections --help',
      args: [CLI, '--help'],
      stdin: '/dev/null',
      check: (stdout) => {
        if (!stdout.includes('costs')) throw new Error(`--help printed ${stdout}`);
      },
    },
    {
      name: `collections classify (${LINES} lines)`,
      args: [CLI, 'classify'],
      stdin: replies,
      check: (stdout) => {
        const lines = stdout.trim().split('\n');
        const failed = lines.filter((line) => 'error' in JSON.parse(line));
        if (lines.length !== LINES || failed.length > 0) {
          throw new Error(`classify: ${lines.length} lines, ${failed.length} errors: ${failed[0]}`);
        }
      },
    },
  ];
  const { stdout: version } = await new Promise<{ stdout: string }>((resolve, reject) =>
    execFile(NODE, ['--version'], (error, stdout) => (error ? reject(error) : resolve({ stdout }))),
  );
  const mode = isDistCurrent({ root: ROOT }) ? 'compiled dist/' : 'TypeScript source through tsx';
  console.log(`Node ${version.trim()}, ${ROOT}: collections runs the ${mode}; ${RUNS} runs each\n`);

  const samples = new Map<string, Sample[]>(cases.map((testCase) => [testCase.name, []]));
  await run(cases[0]!); // The first process start reads node from disk; not part of any case.
  for (let round = 0; round < RUNS; round++) {
    for (const testCase of cases) samples.get(testCase.name)!.push(await run(testCase));
  }

  const baseline = median(samples.get(cases[0]!.name)!.map((sample) => sample.ms));
  const width = Math.max(...cases.map((testCase) => testCase.name.length));
  console.log(`${'command'.padEnd(width)}  wall ms  (min-max)        x node -e 0  CPU ms  peak RSS MB`);
  const results = new Map<string, { ms: number; rssMb: number; ratio: number }>();
  for (const testCase of cases) {
    const list = samples.get(testCase.name)!;
    const ms = median(list.map((sample) => sample.ms));
    const rssMb = median(list.map((sample) => sample.rssMb));
    const cpuMs = median(list.map((sample) => sample.cpuMs));
    const times = list.map((sample) => sample.ms);
    const range = `(${Math.min(...times).toFixed(0)}-${Math.max(...times).toFixed(0)})`;
    results.set(testCase.name, { ms, rssMb, ratio: ms / baseline });
    console.log(
      `${testCase.name.padEnd(width)}  ${ms.toFixed(0).padStart(7)}  ${range.padEnd(15)}  ${(ms / baseline).toFixed(1).padStart(11)}  ${cpuMs.toFixed(0).padStart(6)}  ${rssMb.toFixed(1).padStart(11)}`,
    );
  }
  const costs = results.get(cases[1]!.name)!;
  const classify = results.get(cases[3]!.name)!;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `\ngoal costs < ${GOALS.costsRatio}x node -e 0: ${costs.ratio.toFixed(1)}x, ${verdict(costs.ratio < GOALS.costsRatio)}`,
  );
  console.log(
    `goal costs < ${GOALS.costsRssMb} MB: ${costs.rssMb.toFixed(1)} MB, ${verdict(costs.rssMb < GOALS.costsRssMb)}`,
  );
  console.log(
    `goal classify ${LINES} lines < ${GOALS.classifyMs} ms: ${classify.ms.toFixed(0)} ms, ${verdict(classify.ms < GOALS.classifyMs)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
