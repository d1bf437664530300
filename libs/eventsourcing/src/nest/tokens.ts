/** Injection tokens for the kernel's ports (interfaces leave nothing at run time to inject by). */
export const EVENT_STORE = Symbol('EventStore');
/** The database that holds read models, projection checkpoints and other derived tables. */
export const READ_MODEL_SQL = Symbol('ReadModelSql');
