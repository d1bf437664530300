import { SetMetadata } from '@nestjs/common';
import { Role } from '../domain/roles';

export const REQUIRED_ROLES = 'access:roles';
/** The caller needs at least one of these roles. */
export const RequireRoles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
