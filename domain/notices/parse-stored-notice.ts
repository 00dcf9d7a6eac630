import { z } from 'zod';
import {
  LETTER_KINDS,
  NOTICE_LANGUAGES,
  NOTICE_TEMPLATES,
  type NoticeParams,
  type NoticeTemplate,
} from './action-notice.ts';

const ZNoticeInvoice = z.object({
  id: z.string(),
  number: z.string(),
  openCents: z.number().int(),
  dueDate: z.string(),
});

const ZNoticeParams = z.object({
  language: z.enum(NOTICE_LANGUAGES),
  invoices: z.array(ZNoticeInvoice),
  to: z.string().nullable().optional(),
  planId: z.string().optional(),
  instalments: z.array(z.object({ dueDate: z.string(), amountCents: z.number().int() })).optional(),
  ladderStep: z.string().min(1).optional(),
  dunning: z
    .object({
      stepCode: z.string(),
      stepLabel: z.string(),
      stepIndex: z.number().int(),
      letterKind: z.enum(LETTER_KINDS),
      statesCosts: z.boolean(),
      costsCents: z.number().int().nullable(),
      termEndsOn: z.string().nullable(),
      interest: z
        .object({
          kind: z.enum(['consumer', 'commercial']),
          upTo: z.string(),
          totalCents: z.number().int(),
          basisPoints: z.number().int(),
        })
        .nullable()
        .optional(),
    })
    .optional(),
  poNumber: z.string().optional(),
  email: z.string().optional(),
  promisedDate: z.string().optional(),
  amountCents: z.number().int().optional(),
  pausedUntil: z.string().nullable().optional(),
});

/**
 * A stored action notice (template and params, JSON), parsed where it is read back for delivery:
 * what does not parse is named (field and problem) and never rendered half-guessed.
 */
export function parseStoredNotice({
  template,
  params,
}: {
  template: string;
  params: unknown;
}): { ok: true; template: NoticeTemplate; params: NoticeParams } | { ok: false; error: string } {
  const known = z.enum(NOTICE_TEMPLATES).safeParse(template);
  if (!known.success) return { ok: false, error: `unknown notice template "${template}"` };
  const parsed = ZNoticeParams.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `stored notice params do not parse at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, template: known.data, params: parsed.data };
}
