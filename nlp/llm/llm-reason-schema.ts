import { z } from 'zod';
import { REASON_CODES } from '../../domain/reasons.ts';

/**
 * What the LLM may answer: only the ten reason codes, a probability and short quotes. Nothing in
 * it can express an action, so an instruction hidden in a debtor's message has nowhere to go.
 */
export const ZLlmReasonOutput = z.object({
  reason: z.enum(REASON_CODES).describe('The primary reason code.'),
  secondary: z
    .array(z.enum(REASON_CODES))
    .max(9)
    .describe('Other reason codes that also apply; may be empty.'),
  confidence: z.number().min(0).max(1).describe('Probability that the primary reason is right, 0..1.'),
  phrases: z
    .array(z.string().max(300))
    .max(5)
    .describe('Short verbatim quotes from the message that support the reason.'),
});
export type TLlmReasonOutput = z.infer<typeof ZLlmReasonOutput>;
