import type { PermissionsBitField } from 'discord.js';
import { PERMISSION_BITS } from './limits.js';

/**
 * Pinning needs Pin Messages, or Manage Messages which granted it before Discord split the two.
 * `has` counts Administrator as every permission, as Discord does.
 */
export function canPin(permissions: Readonly<PermissionsBitField> | null): boolean {
  if (permissions === null) return false;
  return permissions.has(PERMISSION_BITS.pinMessages) || permissions.has(PERMISSION_BITS.manageMessages);
}
