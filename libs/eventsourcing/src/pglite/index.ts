export * from './pglite-sql';
