import { z } from 'astro/zod';
import { ERROR_SOURCE_KEYS, needsUnconfirmedMark } from '../error-sources';
import { kbNumberSchema } from './shared';

/**
 * One number as Windows Installer, Windows or a setup log uses it. One entry per number, stored as
 * src/content/errors/<decimal>.yaml; a number that means two things (exit code 1603 and the log
 * line `Info 1603.`) lists both meanings, and the page shows them apart.
 */

const sourceKey = z.enum(ERROR_SOURCE_KEYS);

/** Where a fact sends the reader: a page of this site, one of its tools, or an address a source gives. */
export const errorLinkSchema = z.union([
  z.object({ guide: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/) }).strict(),
  z.object({ kb: kbNumberSchema }).strict(),
  z.object({ error: z.number().int().min(0) }).strict(),
  z.object({ tool: z.enum(['finder', 'error-code', 'log-reader']) }).strict(),
  z.object({ url: z.url({ protocol: /^https?$/ }), label: z.string().min(1) }).strict(),
]);
export type ErrorLink = z.infer<typeof errorLinkSchema>;

/**
 * A statement with its source. Text may mark literal strings with `backticks`. A fact from a source
 * the research could not confirm carries `unconfirmed`: the reason, shown with the page's mark.
 */
export const errorFactSchema = z
  .object({
    text: z.string().min(1),
    source: sourceKey,
    unconfirmed: z.string().min(1).optional(),
    links: z.array(errorLinkSchema).default([]),
  })
  .strict()
  .superRefine((fact, ctx) => {
    if (needsUnconfirmedMark(fact.source) && !fact.unconfirmed) {
      ctx.addIssue({
        code: 'custom',
        path: ['unconfirmed'],
        message: `a fact from "${fact.source}" is not confirmed: say why in "unconfirmed"`,
      });
    }
  });
export type ErrorFact = z.infer<typeof errorFactSchema>;

const symbolicName = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9_]*$/,
    'a symbolic name is upper case with underscores, like ERROR_INSTALL_FAILURE',
  );

/** What msiexec (or the update's installer) returns when it ends. */
const exitCodeMeaning = z
  .object({
    kind: z.literal('exit-code'),
    name: symbolicName,
    meaning: z.string().min(1),
    source: sourceKey,
    /** 0, 1641 and 3010 mean the install worked. */
    outcome: z.enum(['failure', 'success']).default('failure'),
    /**
     * Set in bold in the research notes' table of exit codes (section 1): the codes they single out
     * for updates (written for the October 2009 bulletin's: error-sources.ts, `writtenFor`).
     */
    patches: z.boolean().default(false),
    /** Another page of Microsoft's gives the same number another name (1653). */
    otherName: z.object({ name: symbolicName, source: sourceKey }).strict().optional(),
    notes: z.array(errorFactSchema).default([]),
  })
  .strict();

/** The number in Microsoft's list of Win32 system errors, where that differs from the Installer's use of it. */
const systemErrorMeaning = z
  .object({
    kind: z.literal('system-error'),
    name: symbolicName.optional(),
    meaning: z.string().min(1),
    source: sourceKey,
    outcome: z.enum(['failure', 'success']).default('failure'),
    notes: z.array(errorFactSchema).default([]),
  })
  .strict();

/** A numbered Windows Installer message inside a log (`Error 1935.`, `Info 1603.`, `Note: 1: 2203 2: …`). */
const logMessageMeaning = z
  .object({
    kind: z.literal('log-message'),
    /**
     * Microsoft's message restated, with its `[2]`, `[3]`… placeholders as the log's Note line fills
     * them. Absent where the research notes restate no text for the number (1602, 1608 to 1611:
     * exit codes in section 1, and in the 1000–1999 range Microsoft's message list gives to messages
     * authored in a package's Error table); the page then says so instead of inventing one.
     */
    message: z.string().min(1).optional(),
    level: z.enum(['Error', 'Info']).default('Error'),
    /**
     * The source that calls the `Info NNNN.` lines with this number usually harmless (reference
     * §2.1: Microsoft's Office 2003 setup-log article, of `Info 2898`, `Info 2743` and `Info 2726`).
     * It says so of those Info lines only, not of an `Error NNNN.` line with the same number.
     */
    harmlessAsInfo: z.object({ source: sourceKey }).strict().optional(),
    source: sourceKey,
    notes: z.array(errorFactSchema).default([]),
  })
  .strict();

export const errorMeaningSchema = z.discriminatedUnion('kind', [
  exitCodeMeaning,
  systemErrorMeaning,
  logMessageMeaning,
]);
export type ErrorMeaning = z.infer<typeof errorMeaningSchema>;
export type ErrorMeaningKind = ErrorMeaning['kind'];

export const errorSchema = z
  .object({
    /** The number in decimal, as Windows Installer writes it. */
    code: z.number().int().min(0).max(0xffff),
    /** The same number in hexadecimal, as Windows Update shows it ("0x643"): checked against `code`. */
    hex: z.string().regex(/^0x[0-9A-F]+$/, 'hex is written "0x" and upper-case digits, like 0x643'),
    meanings: z.array(errorMeaningSchema).min(1),
    /**
     * What the number means when a package of a .NET security update reports it, as the sources
     * say; most were written about one bulletin's packages, which each fact's source names.
     */
    forPatch: z.array(errorFactSchema).default([]),
    causes: z.array(errorFactSchema).default([]),
    fix: z.array(errorFactSchema).default([]),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const expected = `0x${entry.code.toString(16).toUpperCase()}`;
    if (entry.hex !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['hex'],
        message: `hex ${entry.hex} does not match code ${entry.code}, which is ${expected}`,
      });
    }
    const kinds = entry.meanings.map((meaning) => meaning.kind);
    kinds.forEach((kind, i) => {
      if (kinds.indexOf(kind) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['meanings', i],
          message: `a second "${kind}" meaning: one number has at most one meaning of each kind`,
        });
      }
    });
  });
export type ErrorEntry = z.infer<typeof errorSchema>;
