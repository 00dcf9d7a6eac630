import { z } from 'zod';
import type { QueuedEmailPayload } from './build-queued-email.ts';

const ZQueuedEmailPayload = z.object({
  mail: z.object({
    from: z.object({ address: z.string().min(3), name: z.string().nullable() }),
    to: z.string().min(3),
    replyTo: z.string().nullable(),
    subject: z.string(),
    text: z.string(),
    html: z.string().nullable().optional(),
    messageId: z.string().min(3),
    inReplyTo: z.string().nullable(),
    references: z.array(z.string()),
    attachments: z
      .array(
        z.object({
          filename: z.string().min(1),
          contentType: z.string().min(3),
          contentBase64: z.string(),
          // An inline image (the logo) the HTML shows by this Content-ID.
          contentId: z.string().min(1).optional(),
        }),
      )
      .optional(),
  }),
  /** A mail worth nothing after this instant (a sign-in link): given up instead of sent late. */
  notAfter: z.iso.datetime().optional(),
  dunning: z
    .object({
      invoiceIds: z.array(z.string()),
      stepIndex: z.number().int(),
      stepCode: z.string(),
      costsCents: z.number().int().nullable(),
      statesCosts: z.boolean(),
    })
    .nullable(),
});

/**
 * An e-mail outbox row's payload as buildQueuedEmail stored it, parsed where the sender reads it:
 * a row that does not parse names the field and is never sent half-guessed.
 */
export function parseQueuedEmailPayload(
  payload: unknown,
): { ok: true; payload: QueuedEmailPayload } | { ok: false; error: string } {
  const parsed = ZQueuedEmailPayload.safeParse(payload);
  if (parsed.success) return { ok: true, payload: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `stored payload does not parse at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
  };
}
