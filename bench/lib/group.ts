/** What every bench group gets: the cluster, the repetition count, a scratch directory, a progress line. */
export interface BenchContext {
  /** A superuser URL on the PostgreSQL cluster; groups create their own databases on it. */
  adminUrl: string;
  /** Measured runs per figure (medians are reported); each is preceded by one smaller warm-up. */
  runs: number;
  /** Multiplies the number of events per run (BENCH_SCALE); 1 keeps the whole bench to a few minutes. */
  scale: number;
  tempDir: string;
  progress(line: string): void;
}

export interface BenchSection {
  title: string;
  markdown: string;
}

/** A group of benchmarks, registered in bench/main.ts and selected by name on the command line. */
export interface BenchGroup {
  name: string;
  summary: string;
  run(context: BenchContext): Promise<BenchSection>;
}
