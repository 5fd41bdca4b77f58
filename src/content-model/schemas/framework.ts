import { z } from 'astro/zod';
import { sourceSchema, type ReferenceFactory } from './shared';

/** A registry key whose values show that this level is installed (Microsoft KB 318785). */
const registryKeySchema = z.object({
  /** Path under HKEY_LOCAL_MACHINE\SOFTWARE, without a leading backslash. */
  key: z
    .string()
    .regex(
      /^[^\\]/,
      'a key is written under HKEY_LOCAL_MACHINE\\SOFTWARE, without a leading backslash',
    )
    .refine(
      (key) => !/^(HKLM|HKEY_|SOFTWARE\\)/i.test(key),
      'a key is written without the HKLM\\SOFTWARE part',
    ),
  /** Value name → data as reg.exe shows it, with REG_DWORD data in decimal ("SP": "2"). */
  values: z
    .record(z.string().min(1), z.string().min(1))
    .refine((values) => Object.keys(values).length > 0, 'a key needs at least one value to match'),
  /**
   * Values whose presence means a later version wrote the key (.NET 4.5 and later keep the v4 keys
   * and add `Release`): the key then shows no level of this version.
   */
  without: z.array(z.string().min(1)).default([]),
  /** Only where this version is part of Windows (1.0 SP3 on XP Media Center and Tablet PC). */
  whenPartOfWindows: z.boolean().default(false),
  unconfirmed: z.string().min(1).optional(),
});

/** The Windows a version can be installed on: `only` those, or all `except` those. */
const installableOnSchema = (reference: ReferenceFactory) =>
  z
    .object({
      only: z.array(reference('operatingSystems')).min(1).optional(),
      except: z.array(reference('operatingSystems')).min(1).optional(),
      reason: z.string().min(1),
      source: sourceSchema,
      siteReading: z.string().min(1).optional(),
    })
    .refine((value) => (value.only === undefined) !== (value.except === undefined), {
      message: 'installableOn takes either "only" or "except", not both and not neither',
    });

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
    /** Without it, no source limits where this version installs, and the finder offers it everywhere. */
    installableOn: installableOnSchema(reference).optional(),
    /** The keys that show this level installed, and where that is written. */
    registry: z
      .object({ source: sourceSchema, keys: z.array(registryKeySchema).min(1) })
      .optional(),
  });
export type Framework = z.infer<ReturnType<typeof frameworkSchema>>;
