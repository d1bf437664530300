/** How an obligation or a task stops being owed without being met. */
export type ClosingOutcome = 'superseded' | 'cancelled' | 'withdrawn';
/** Why an agency's open work passed to another (organisation chart events). */
export type HandOverReason = 'merger' | 'function-transfer' | 'dissolution';
