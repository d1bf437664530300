/** The boundary with agency systems, as the deployment configures it. */
export interface IntegrationConfig {
  /** Where agency systems publish their messages; the rejected ones go to `<topic>.dlq`. */
  inboundTopic: string;
  /** Where the relay publishes the platform's public events, keyed by agency. */
  publicTopic: string;
  /** The ingest consumer group: platform instances share the inbound partitions. */
  ingestGroup: string;
  /**
   * Which sending system (the `x-sender` header) may act for which agencies, recorded as
   * integration grants at start-up (taking one out revokes nothing); null when not configured.
   */
  senders: Record<string, string[]> | null;
}

export function readIntegrationConfig(env: NodeJS.ProcessEnv): IntegrationConfig {
  return {
    inboundTopic: env.INTEGRATION_INBOUND_TOPIC || 'cpp.agency.inbound.v1',
    publicTopic: env.INTEGRATION_PUBLIC_TOPIC || 'cpp.platform.public.v1',
    ingestGroup: env.INTEGRATION_INGEST_GROUP || 'cpp-ingest',
    senders: env.INTEGRATION_SENDERS ? parseSenders(env.INTEGRATION_SENDERS) : null,
  };
}

/** `{"soc-trang-gateway": ["so-y-te-soc-trang", "so-gddt-soc-trang"]}`: a typo must stop the start, not let messages through. */
function parseSenders(json: string): Record<string, string[]> {
  const problem = 'INTEGRATION_SENDERS must be a JSON object naming, for each sending system, the agency ids it acts for';
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`${problem}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(problem);
  for (const [sender, agencies] of Object.entries(parsed)) {
    if (!Array.isArray(agencies) || !agencies.every((agency) => typeof agency === 'string' && agency.length > 0)) {
      throw new Error(`${problem}; the entry of ${sender} is not a list of agency ids`);
    }
  }
  return parsed as Record<string, string[]>;
}
