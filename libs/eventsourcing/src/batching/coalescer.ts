/**
 * Many callers, few round trips: a call waits for the flush in progress, and every call that
 * arrived meanwhile goes in the next one, answered together by one `run`. Alone, a call goes
 * once the current turn's synchronous work is done; under load each flush carries what a round trip let
 * pile up (group commit). `run` answers each input in order; when it throws, every call of
 * that flush fails with the error, so callers retry as they would after their own query.
 */
export class Coalescer<In, Out> {
  private queue: { input: In; resolve: (output: Out) => void; reject: (error: unknown) => void }[] = [];
  private flushing = false;

  constructor(
    private readonly run: (inputs: In[]) => Promise<Out[]>,
    private readonly maxBatch = 500,
  ) {}

  call(input: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        // A microtask, not setImmediate: it gathers the calls of the same turn without letting
        // other I/O (on PGlite, the projections' reads on the one connection) go first.
        queueMicrotask(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const outputs = await this.run(batch.map((entry) => entry.input));
        if (outputs.length !== batch.length) throw new Error(`A batch of ${batch.length} was answered with ${outputs.length} results`);
        batch.forEach((entry, index) => entry.resolve(outputs[index]));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.flushing = false;
  }
}
