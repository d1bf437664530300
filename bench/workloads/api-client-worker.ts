// The HTTP client of the `api` bench in a process of its own, so that the platform process's
// CPU is the server's alone: a steering committee's system asking for agencies' obligations.
import { clientCpuMicros } from '../lib/cpu';
import { WorkerOperations } from '../lib/worker';
import { timeCalls } from '../national/latency';

export interface ApiClientOptions {
  endpoint: string;
  token: string;
}

const QUERY = `query ($agency: ID!) { obligations(agency: $agency) { id kind title agencyId period dueDate status onTime openedOn } }`;

export function createWorker(options: ApiClientOptions): WorkerOperations {
  const obligationsOf = async (agencyId: string): Promise<number> => {
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ query: QUERY, variables: { agency: agencyId } }),
    });
    const body = (await response.json()) as { data?: { obligations: unknown[] }; errors?: { message: string }[] };
    if (!body.data) throw new Error(`The obligations query was refused: ${body.errors?.map((error) => error.message).join('; ')}`);
    return body.data.obligations.length;
  };
  return {
    run: async ({ clients, agencies }: { clients: number; agencies: string[] }) => {
      const cpuBefore = clientCpuMicros();
      const timed = await timeCalls(
        agencies.map((_, i) => i),
        clients,
        (i) => obligationsOf(agencies[i]),
      );
      return { millis: timed.millis, cpuMicros: clientCpuMicros() - cpuBefore };
    },
    close: async () => undefined,
  };
}
