/** An event a command decided, before the store gives it a place in the log. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  /** Stable id; a retried append with the same ids does not write twice. Generated when absent. */
  id?: string;
  schemaVersion?: number;
  /** Defaults to the clock's now. */
  occurredAt?: string;
}

/** The shape deciders emit: a discriminated union member. */
export type DomainEvent<Type extends string = string, Data = unknown> = { type: Type; data: Data };
