import { formatNumber } from '../lib/stats';
import { serverCpuMicros } from '../lib/cpu';

/** One phase of a rebuild as it ended: how long it took and what it cost this process and the server. */
export interface EndedPhase {
  name: string;
  seconds: number;
  events: number;
  cpuSeconds: number;
  serverCpuSeconds: number | null;
  describe(): string;
}

/**
 * Times the phases a rebuild announces in its progress (reading and folding the log, writing
 * what was kept, committing): wall time, this process's CPU and the cluster's, per phase.
 */
export class PhaseClock {
  private current: { name: string; started: bigint; cpu: NodeJS.CpuUsage; server: number | undefined; events: number } | null = null;
  private readonly ended: EndedPhase[] = [];

  constructor(private readonly started: bigint) {}

  /** Notes the phase of a progress report; returns the phase that ended, if this one is new. */
  enter(name: string, processed: number): EndedPhase | null {
    if (this.current?.name === name) return null;
    const now = process.hrtime.bigint();
    const previous = this.current;
    this.current = { name, started: now, cpu: process.cpuUsage(), server: serverCpuMicros(), events: processed };
    if (!previous) return null;
    const cpu = process.cpuUsage(previous.cpu);
    const server = serverCpuMicros();
    const phase: EndedPhase = {
      name: previous.name,
      seconds: Number(now - previous.started) / 1e9,
      events: processed - previous.events,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      serverCpuSeconds: previous.server === undefined || server === undefined ? null : (server - previous.server) / 1e6,
      describe: () =>
        `${phase.name}: ${phase.seconds.toFixed(1)} s` +
        (phase.events ? ` (${formatNumber(phase.events / Math.max(phase.seconds, 1e-3))} events/s)` : '') +
        `, CPU ${phase.cpuSeconds.toFixed(1)} s here, ${phase.serverCpuSeconds === null ? '?' : phase.serverCpuSeconds.toFixed(1)} s in PostgreSQL; ` +
        `${(Number(now - this.started) / 1e9).toFixed(1)} s since the start`,
    };
    this.ended.push(phase);
    return phase;
  }

  summary(): string {
    return this.ended
      .map(
        (phase) =>
          `${phase.name} ${phase.seconds.toFixed(1)} s (CPU ${phase.cpuSeconds.toFixed(1)} s here, ${phase.serverCpuSeconds?.toFixed(1) ?? '?'} s server)`,
      )
      .join(', ');
  }
}
