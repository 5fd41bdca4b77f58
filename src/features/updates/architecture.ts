import type { Architecture } from '../../content-model/schemas/shared';

/** How each architecture is named to people, everywhere on the site. */
export const ARCHITECTURE_LABELS: Record<Architecture, string> = {
  x86: '32-bit (x86)',
  x64: '64-bit (x64)',
  ia64: 'Itanium (IA-64)',
};
