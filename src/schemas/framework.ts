import { z } from 'astro/zod';
import type { ReferenceFactory } from './shared';

/** One .NET Framework version and service pack, as the bulletin names it. */
export const frameworkSchema = (reference: ReferenceFactory) =>
  z.object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    order: z.number().int(),
    /** Versions this one installs underneath it (3.5 SP1 brings 2.0 SP2 and 3.0 SP2). */
    brings: z.array(reference('frameworks')).default([]),
  });
export type Framework = z.infer<ReturnType<typeof frameworkSchema>>;
