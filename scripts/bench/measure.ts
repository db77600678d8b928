// Small measuring tools shared by the benchmarks.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { processParents } from '../lib/processes.ts';

export interface BuildRun {
  seconds: number;
  /** CPU time, user and system, of the process tree: above `seconds` when more than one core worked. */
  cpuSeconds: number;
  /** Peak of the memory of the process and every process it started (Pagefind's, esbuild's…), summed. */
  peakMiB: number;
  ok: boolean;
  output: string;
}

/**
 * Memory, in bytes, of a process and its descendants, read from /proc: the proportional set
 * size, so pages two processes share (libraries) count once in the sum.
 */
function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of processParents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let bytes = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      bytes += Number(pss?.[1] ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

/**
 * Runs a command under GNU time for its wall and CPU time, sampling the memory of its whole
 * process tree every 250 ms (often enough for memory that builds up over seconds, rarely enough
 * to cost little): a build that hands work to other processes is charged for them.
 */
export async function timed(command: string, args: string[], cwd: string): Promise<BuildRun> {
  // Files the previous step wrote reach the disk now, not while this command is timed.
  spawnSync('sync');
  const child = spawn('/usr/bin/time', ['-f', '@@%e %U %S', command, ...args], { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-100_000)));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-100_000)));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeResidentBytes(child.pid!))), 250);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const match = /@@([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  return {
    seconds: match ? Number(match[1]) : NaN,
    cpuSeconds: match ? Number(match[2]) + Number(match[3]) : NaN,
    peakMiB: peak / 2 ** 20,
    ok: status === 0,
    output: `${stdout}\n${stderr}`.slice(-4000),
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

/** A build measured at one corpus size. */
export interface SizedRun {
  notes: number;
  seconds: number;
  peakMiB: number;
}

/** What each further note cost between two measured sizes. */
export interface Growth {
  from: number;
  to: number;
  /** Build time each note added, in milliseconds. */
  msPerNote: number;
  /** Peak memory each note added, in KiB. */
  kibPerNote: number;
}

/** The cost of each further note between consecutive sizes, smallest first. */
export function growth(runs: readonly SizedRun[]): Growth[] {
  const sorted = [...runs].sort((a, b) => a.notes - b.notes);
  return sorted.slice(1).map((run, i) => {
    const before = sorted[i]!;
    const notes = run.notes - before.notes;
    return {
      from: before.notes,
      to: run.notes,
      msPerNote: ((run.seconds - before.seconds) * 1000) / notes,
      kibPerNote: ((run.peakMiB - before.peakMiB) * 1024) / notes,
    };
  });
}

/**
 * Whether a build's time grows linearly with its notes: a note costs no more between the two
 * largest sizes than between the two smallest, give or take `tolerance` for the noise of
 * single builds. A cost that grew with the square of the notes would double at each step.
 * Undefined when there is nothing to compare: fewer than two steps, or sizes so close that
 * noise outweighs what the notes cost (a first step that costs nothing).
 */
export function growsLinearly(steps: readonly Growth[], tolerance = 1.25): boolean | undefined {
  if (steps.length < 2 || steps[0]!.msPerNote <= 0) return undefined;
  return steps.at(-1)!.msPerNote <= tolerance * steps[0]!.msPerNote;
}
