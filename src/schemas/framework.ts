import { z } from 'astro/zod';
import type { ReferenceFactory } from './shared';

/** One .NET Framework version and service pack, as the bulletin names it. */
export const frameworkSchema = (reference: ReferenceFactory) =>
  z.object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    order: z.number().int(),
    /** The version without service pack ("2.0"): versions that differ only in service pack share it. */
    version: z.string().regex(/^\d\.\d$/),
    /** `.NET CLR x.y.z` tokens Internet Explorer sends when this version is installed. */
    userAgentTokens: z.array(z.string().regex(/^\d+(\.\d+)+$/)).default([]),
    /** Versions this one installs underneath it (3.5 SP1 brings 2.0 SP2 and 3.0 SP2). */
    brings: z.array(reference('frameworks')).default([]),
  });
export type Framework = z.infer<ReturnType<typeof frameworkSchema>>;
