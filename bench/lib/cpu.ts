import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * CPU time is steadier than throughput on a shared, noisy machine: the same work costs about
 * the same CPU whatever else runs. The client side is the worker's own CPU; the server side is
 * the PostgreSQL cluster's (postmaster and all its children), known only when the bench
 * started the cluster itself (BENCH_PG_DATA_DIR).
 */
export function clientCpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

const TICK_MICROS = 1e6 / 100; // USER_HZ is 100 on Linux

/** utime + stime, and with `reaped` also the CPU of its children that have exited (cutime + cstime). */
function processTicks(pid: number, reaped = false): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]) + (reaped ? Number(fields[13]) + Number(fields[14]) : 0);
  } catch {
    return 0;
  }
}

/** CPU µs used so far by the cluster's processes, live and exited; undefined when the cluster is not ours to see. */
export function serverCpuMicros(): number | undefined {
  const dataDir = process.env.BENCH_PG_DATA_DIR;
  if (!dataDir) return undefined;
  try {
    const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = fs.readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    // A backend that exits hands its CPU to the postmaster's reaped children: the sum never goes back.
    return children.reduce((sum, pid) => sum + processTicks(pid), processTicks(postmaster, true)) * TICK_MICROS;
  } catch {
    return undefined;
  }
}
