import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'access:public';
/** Routes anyone may call without a token (health checks). Everything else needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
