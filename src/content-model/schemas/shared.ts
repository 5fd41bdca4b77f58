import { z } from 'astro/zod';
import { downloadLinkProblem, isStoredKbNumber } from './value-rules';

/**
 * Astro's `reference()` needs the `astro:content` virtual module, which only exists inside an
 * Astro build. The schemas take it as a parameter so that unit tests can build the very same
 * schemas with a stand-in that behaves alike (a string id becomes `{ id, collection }`).
 */
export type ReferenceFactory = (
  collection: 'operatingSystems' | 'frameworks' | 'bulletins' | 'updates',
) => z.ZodType<{ id: string; collection: string }, unknown>;

/**
 * Windows editions and .NET versions that go together, every edition with every version: the shape
 * of a row of the bulletin's Affected Software table, as an update serves it and as a revision of
 * the bulletin removed it.
 */
export const osFrameworkPairsSchema = (reference: ReferenceFactory) =>
  z.object({
    os: z.array(reference('operatingSystems')).min(1),
    frameworks: z.array(reference('frameworks')).min(1),
  });

export const kbNumberSchema = z.string().refine(isStoredKbNumber, {
  message: 'a KB number is stored as its digits only, e.g. "123456" (no "KB" prefix)',
});

/** A bulletin id as Microsoft prints it: `MSyy-nnn`, the year's two digits and the bulletin's number. */
export const bulletinIdSchema = z
  .string()
  .regex(
    /^MS\d{2}-\d{3}$/,
    'a bulletin is written as Microsoft prints it, two digits of the year and three of the number, e.g. "MSyy-nnn"',
  );

export const architectureSchema = z.enum(['x86', 'x64', 'ia64']);
export type Architecture = z.infer<typeof architectureSchema>;

export const severitySchema = z.enum(['Critical', 'Important', 'Moderate']);
export type Severity = z.infer<typeof severitySchema>;

export const officialDownloadLinkSchema = z.string().superRefine((url, ctx) => {
  const problem = downloadLinkProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Where a statement comes from, named the way the research notes name it. */
export const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;
