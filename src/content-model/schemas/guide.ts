import { z } from 'astro/zod';
import { kbNumberSchema } from './shared';

export const guideSchema = z.object({
  title: z.string().min(1).max(80),
  summary: z.string().min(1).max(240),
  order: z.number().int(),
  relatedKbs: z.array(kbNumberSchema).default([]),
  errorCodes: z.array(z.string()).default([]),
});
export type Guide = z.infer<typeof guideSchema>;
