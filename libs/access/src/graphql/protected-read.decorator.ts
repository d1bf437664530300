import { SetMetadata } from '@nestjs/common';

export const PROTECTED_READ = 'access:protected-read';

/** Every answer of this query is recorded in the access log: who read what, when, from which request. */
export const ProtectedRead = (what: string) => SetMetadata(PROTECTED_READ, what);
