/** The SQL adapter of the personal-data port: subject keys in a table of their own (PostgreSQL or PGlite). */
export * from './sql-subject-key-store';
