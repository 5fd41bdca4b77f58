import { z } from 'astro/zod';
import {
  kbNumberSchema,
  osFrameworkPairsSchema,
  severitySchema,
  sourceSchema,
  type ReferenceFactory,
} from './shared';

/** A mark of the Affected Software table ("*", "**", "[1]") and what its note says. */
const footnoteSchema = z.object({
  mark: z.string().min(1).max(4),
  text: z.string().min(1),
});

export const bulletinSchema = (reference: ReferenceFactory) =>
  z.object({
    title: z.string().min(1),
    kb: kbNumberSchema,
    published: z.coerce.date(),
    revised: z.coerce.date(),
    version: z.string().regex(/^\d+\.\d+$/),
    severity: severitySchema,
    impact: z.string().min(1),
    /** The short link Microsoft itself uses for the bulletin. */
    microsoftLink: z.url({ protocol: /^https$/ }),
    summary: z.string().min(1),
    ratingNote: z.string().min(1),
    cves: z
      .array(
        z.object({
          id: z.string().regex(/^CVE-\d{4}-\d{4,}$/),
          name: z.string(),
          summary: z.string(),
        }),
      )
      .min(1),
    /**
     * Set on the one bulletin whose fix pages were published at /fix/<windows>/<framework>/ while
     * the site covered it alone: those addresses forward to its /fix/<bulletin>/… pages.
     */
    ownsSingleBulletinFixAddresses: z.boolean().default(false),
    /** Where the facts of this entry and its updates were read, and where the copies disagree. */
    sources: z.array(sourceSchema).min(1),
    sourceNote: z.string().min(1).optional(),
    /** The bulletin's affected (OS, .NET) pairs, typed apart from the updates' `serves` as a deliberate cross-check: the build fails when the two differ. */
    affected: z
      .array(
        z.object({
          os: reference('operatingSystems'),
          /** The Windows row as this bulletin names it, where that differs from the entry's own name. */
          name: z.string().min(1).optional(),
          frameworks: z.array(reference('frameworks')).min(1),
        }),
      )
      .min(1),
    /** The notes the Affected Software table's marks point to; updates' `serves` rows carry the marks. */
    footnotes: z.array(footnoteSchema).default([]),
    /**
     * What the bulletin says where its table lists more than one update for one .NET version on one
     * Windows (a bulletin's FAQ may say: install both); required once any pair is
     * served by two updates.
     */
    severalUpdates: z.string().min(1).optional(),
    /** Pairs the bulletin names as not affected; without `os`, on every supported Windows. */
    notAffected: z
      .array(
        z.object({
          os: z.array(reference('operatingSystems')).optional(),
          frameworks: z.array(reference('frameworks')).min(1),
          note: z.string().optional(),
        }),
      )
      .default([]),
    otherNotAffected: z.array(z.string()).default([]),
    /** How an attacker would reach the flaw, as the bulletin names it. */
    attackVectors: z.array(z.string()).default([]),
    /** What can be done until the update installs: commands as the bulletin gives them, and how to undo them. */
    workarounds: z
      .array(
        z.object({
          summary: z.string().min(1),
          /** The file the lines of `commands` go into (web.config); without it, they are typed at a command prompt. */
          file: z.string().min(1).optional(),
          commands: z.array(z.string()).default([]),
          undo: z.array(z.string()).default([]),
        }),
      )
      .default([]),
    mitigations: z.array(z.string()).default([]),
    /**
     * The bulletin's revision history. A revision that took pairs off the Affected Software table
     * records them as data (`removed`), and its summary is composed from that, so the withdrawal
     * is written once; other revisions give their summary as `change`.
     */
    revisions: z
      .array(
        z
          .object({
            version: z.string().regex(/^\d+\.\d+$/),
            date: z.coerce.date(),
            change: z.string().min(1).optional(),
            removed: z
              .array(
                osFrameworkPairsSchema(reference).extend({
                  /** The update the earlier revisions listed for these pairs. */
                  kb: kbNumberSchema,
                  /** The first revision that listed them; the last is the revision before this one. */
                  listedFrom: z.string().regex(/^\d+\.\d+$/),
                  /** Why the revision removed them, completing "removed …, because". */
                  because: z.string().min(1),
                }),
              )
              .default([]),
          })
          .refine((revision) => revision.change !== undefined || revision.removed.length > 0, {
            message: 'a revision needs a `change` summary or the pairs it `removed`',
          }),
      )
      .min(1),
  });
export type Bulletin = z.infer<ReturnType<typeof bulletinSchema>>;
