// Small measuring tools shared by the benchmarks.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface BuildRun {
  seconds: number;
  /** CPU time, user and system, of the process tree: above `seconds` when more than one core worked. */
  cpuSeconds: number;
  peakMiB: number;
  ok: boolean;
  output: string;
}

/** Runs a command under GNU time: wall time and the peak resident memory of the process tree's largest process. */
export function timed(command: string, args: string[], cwd: string): BuildRun {
  const result = spawnSync('/usr/bin/time', ['-f', '@@%e %M %U %S', command, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 256 * 1024 * 1024 });
  const match = /@@([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  return {
    seconds: match ? Number(match[1]) : NaN,
    cpuSeconds: match ? Number(match[3]) + Number(match[4]) : NaN,
    peakMiB: match ? Number(match[2]) / 1024 : NaN,
    ok: result.status === 0,
    output: `${result.stdout}\n${result.stderr}`.slice(-4000),
  };
}

/** Total size in bytes of the files under a folder. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number, floor: number) => (value / floor).toFixed(2);

/** BENCHMARKS.md as it is, or its heading when it does not exist yet. */
export function readBenchmarks(file: string): string {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nNumbers from `npm run bench`, one run on one machine, compared within that run; each section is rewritten by its own script.\n';
}

/** Replaces the part of BENCHMARKS.md between `<!-- bench:<name> -->` markers, keeping the rest. */
export function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  return from >= 0 && to > from ? document.slice(0, from) + block + document.slice(to + end.length) : `${document.trimEnd()}\n\n${block}\n`;
}
