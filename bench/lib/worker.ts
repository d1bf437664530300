import { ChildProcess, fork } from 'node:child_process';
import * as path from 'node:path';

/**
 * Each subject of a comparison runs in its own process: no shared pg type parsers (Emmett's
 * dumbo replaces them process-wide), no shared heap or GC, and a PGlite instance's memory goes
 * when its process ends. A worker module exports `createWorker(options)` returning its
 * operations; the host calls them one at a time so that only one subject works at a time.
 */
export type WorkerOperations = Record<string, (args: any) => Promise<unknown>>;

interface Pending {
  resolve: (value: any) => void;
  reject: (error: Error) => void;
}

export class WorkerHandle {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private exited = false;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(`[${name}] ${message.error}`));
      else waiter.resolve(message.result);
    });
    child.on('exit', (code, signal) => {
      this.exited = true;
      const error = new Error(`[${name}] worker exited (${signal ?? code})`);
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    });
  }

  /** Starts `modulePath` (relative to bench/) in a child process with the same TypeScript loader. */
  static async start(name: string, modulePath: string, options: unknown): Promise<WorkerHandle> {
    const entry = path.join(__dirname, 'worker-main.ts');
    const child = fork(entry, [path.resolve(__dirname, '..', modulePath), JSON.stringify(options)], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: process.env,
    });
    const handle = new WorkerHandle(name, child);
    await handle.call('ready', {});
    return handle;
  }

  call<T = unknown>(operation: string, args: unknown = {}): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`[${this.name}] worker has exited`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, operation, args });
    });
  }

  /** Closes the worker's resources, then waits for its process to end (kills it after 10 s). */
  async stop(): Promise<void> {
    if (this.exited) return;
    await this.call('close', {}).catch(() => undefined);
    if (this.exited) return;
    const ended = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await ended;
    clearTimeout(timer);
  }
}
