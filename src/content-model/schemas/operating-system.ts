import { z } from 'astro/zod';
import { architectureSchema, sourceSchema, type ReferenceFactory } from './shared';

/** A .NET version that is part of this Windows, as a source states it. */
const includedFrameworkSchema = (reference: ReferenceFactory) =>
  z.object({
    framework: reference('frameworks'),
    /** What the source says, restated. */
    says: z.string().min(1),
    source: sourceSchema,
    /** Where the step from the source to this level is the site's own reading, what that reading is. */
    siteReading: z.string().min(1).optional(),
    /** Set when not every computer of this entry has it (some editions, a feature to turn on): then it is asked, not assumed. */
    onlyWhen: z.string().min(1).optional(),
    /** Installations of this entry the statement does not cover, as a source names them. */
    except: z.string().min(1).optional(),
    /** Why the registry may not show it, where the reference leaves that unconfirmed. */
    registryUnconfirmed: z.string().min(1).optional(),
  });

/** One Windows edition and architecture, as the bulletin's Affected Software table names it. */
export const operatingSystemSchema = (reference: ReferenceFactory) =>
  z.object({
    name: z.string().min(1),
    /** Groups the architectures of one release in the fix finder ("windows-vista-sp1"). */
    release: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a release is a lowercase kebab-case slug'),
    releaseName: z.string().min(1),
    family: z.string().min(1),
    servicePack: z.string().min(1),
    architecture: architectureSchema,
    ntVersion: z.enum(['5.0', '5.1', '5.2', '6.0', '6.1']),
    server: z.boolean(),
    order: z.number().int(),
    /** The .NET versions that come with this Windows at its service-pack level. */
    includes: z.array(includedFrameworkSchema(reference)).default([]),
  });
export type OperatingSystem = z.infer<ReturnType<typeof operatingSystemSchema>>;
