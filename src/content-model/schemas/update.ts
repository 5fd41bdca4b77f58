import { z } from 'astro/zod';
import {
  architectureSchema,
  bulletinIdSchema,
  kbNumberSchema,
  officialDownloadLinkSchema,
  osFrameworkPairsSchema,
  severitySchema,
  type ReferenceFactory,
} from './shared';

/** A statement the reference could not confirm: shown on the page with an "unconfirmed" mark. */
const unconfirmedNote = z.string().min(1).optional();

export const updateSchema = (reference: ReferenceFactory) =>
  z
    .object({
      kb: kbNumberSchema,
      title: z.string().min(1),
      summary: z.string().min(1),
      bulletin: reference('bulletins'),
      product: z.enum(['.NET Framework', 'Silverlight']),
      /** Rows of the Affected Software table this update serves, as the bulletin groups them. */
      serves: z
        .array(
          osFrameworkPairsSchema(reference).extend({
            severity: severitySchema,
            note: z.string().optional(),
            /** The marks the bulletin's table sets on this row ("*", "[1]"); the bulletin's `footnotes` say what they mean. */
            footnotes: z.array(z.string().min(1)).default([]),
            /** The bulletin this row replaces, where the rows of one update differ; otherwise `replaces` below. */
            replaces: bulletinIdSchema.optional(),
          }),
        )
        .default([]),
      /** Rows for platforms outside the OS model (Silverlight on Mac, "all Windows client OSs"). */
      otherPlatforms: z
        .array(z.object({ platform: z.string(), component: z.string(), severity: severitySchema }))
        .default([]),
      /**
       * The .NET level the package patches, where the table labels it for a later version that
       * installs that level underneath (a "3.5" update that is the 2.0 SP1 package): a computer
       * whose level is past it needs the later level's update instead.
       */
      layer: reference('frameworks').optional(),
      /** Package base name as the bulletin writes it, by the architecture of the Windows it installs on. */
      installers: z.partialRecord(architectureSchema, z.string().min(1)).default({}),
      /** `exe` (self-extracting, 2000/XP/2003) or `msu` (Vista/2008): inferred from the package type. */
      installerType: z.enum(['exe', 'msu']).optional(),
      /**
       * The bulletin prints the package files with their extension (.exe, .msu): `installerType`
       * is then its word, not the site's inference, and is not marked…
       */
      extensionPrinted: z.boolean().default(false),
      /** …but for the Windows entries whose section prints the name without it (Server 2003 Itanium). */
      extensionNotPrintedOn: z.array(reference('operatingSystems')).default([]),
      downloadCenter: officialDownloadLinkSchema.optional(),
      commands: z
        .array(
          z.object({
            appliesTo: z.string(),
            silent: z.string(),
            noRestart: z.string(),
            unconfirmed: unconfirmedNote,
          }),
        )
        .default([]),
      /** Log folder under %temp%: only where a source names it; otherwise the page says it is unconfirmed. */
      logFolder: z.string().optional(),
      logFiles: z.array(z.string()).default([]),
      /**
       * The Windows entries whose sections of the bulletin name `logFiles`, where not all it serves
       * do (a .NET 1.1 SP1 update whose bulletin names its logs for 2000, XP and 2003 but not for
       * Vista or 2008); a fix page for any other shows none.
       */
      logFilesFor: z.array(reference('operatingSystems')).min(1).optional(),
      /**
       * A folder other sources give for the log files, apart from the setup team's folder under
       * %temp% (an update.exe package's KB<number>.log in %windir%), and why it is in doubt.
       */
      otherLogFolder: z
        .object({ folder: z.string().min(1), unconfirmed: z.string().min(1) })
        .strict()
        .optional(),
      logNote: z.string().optional(),
      registry: z
        .array(
          z.object({
            appliesTo: z.string(),
            path: z.string(),
            value: z.string().optional(),
            unconfirmed: unconfirmedNote,
          }),
        )
        .default([]),
      registryNote: z.string().optional(),
      fixedFileVersion: z
        .object({
          file: z.string(),
          version: z.string().regex(/^\d+(\.\d+){3}$/),
          source: z.string(),
          unconfirmed: unconfirmedNote,
        })
        .optional(),
      cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/)).min(1),
      /** The bulletin every row of this update replaces. */
      replaces: bulletinIdSchema.optional(),
      uninstall: z.string().optional(),
    })
    .superRefine((update, ctx) => {
      if (update.product !== '.NET Framework') return;
      if (update.serves.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['serves'],
          message: 'a .NET Framework update must serve at least one (OS, .NET) row',
        });
      }
      if (!update.downloadCenter) {
        ctx.addIssue({
          code: 'custom',
          path: ['downloadCenter'],
          message: 'a .NET Framework update needs its Download Center link',
        });
      }
    });
export type Update = z.infer<ReturnType<typeof updateSchema>>;
