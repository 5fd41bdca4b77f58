import { z } from 'astro/zod';
import { architectureSchema } from './shared';

/** One Windows edition and architecture, as the bulletin's Affected Software table names it. */
export const operatingSystemSchema = z.object({
  name: z.string().min(1),
  /** Groups the architectures of one release in the fix finder ("windows-vista-sp1"). */
  release: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a release is a lowercase kebab-case slug'),
  releaseName: z.string().min(1),
  family: z.string().min(1),
  servicePack: z.string().min(1),
  architecture: architectureSchema,
  ntVersion: z.enum(['5.0', '5.1', '5.2', '6.0', '6.1']),
  server: z.boolean(),
  order: z.number().int(),
});
export type OperatingSystem = z.infer<typeof operatingSystemSchema>;
