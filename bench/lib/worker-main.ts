// Child-process side of WorkerHandle: loads the worker module and serves its operations.
import { WorkerOperations } from './worker';

async function main(): Promise<void> {
  const [modulePath, optionsJson] = process.argv.slice(2);
  const module = (await import(modulePath)) as { createWorker(options: unknown): WorkerOperations };
  const operations: WorkerOperations = {
    ready: async () => true,
    ...module.createWorker(JSON.parse(optionsJson)),
  };
  let queue = Promise.resolve();
  process.on('message', (message: { id: number; operation: string; args: unknown }) => {
    queue = queue.then(async () => {
      const operation = operations[message.operation];
      try {
        if (!operation) throw new Error(`Unknown operation ${message.operation}`);
        const result = await operation(message.args);
        process.send?.({ id: message.id, result: result ?? null });
      } catch (error) {
        process.send?.({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    });
  });
  process.on('disconnect', () => {
    void queue.finally(() => process.exit(0));
  });
}

main().catch((error) => {
  process.stderr.write(`worker failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
