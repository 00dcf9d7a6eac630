import { describe, expect, it } from 'vitest';
import { planInboundAnswer } from '../../../../bot/email/plan-inbound-answer.ts';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { renderEmail } from '../../../../channels/email/render-email.ts';
import type { AnswerContext } from '../../../../prisma/email/load-answer-context.ts';

const email = readEmailConfig({
  SMTP_HOST: 'smtp.example.nl',
  EMAIL_FROM: 'debiteuren@example.nl',
  EMAIL_REPLY_TOKEN_SECRET: 'reply-token-secret-0123456789abcdef0123',
});
const context: AnswerContext = {
  messageId: 'm-1',
  externalId: '<dispute-1@klant.example>',
  debtorId: 'd-1',
  debtorName: 'Bakkerij Jansen',
  debtorLanguage: 'nl',
  fromAddress: 'inkoop@klant.example',
  subject: 'Factuur INV-1',
  kind: 'reply',
  headers: {},
  threadId: null,
  proposal: {
    id: 'p-1',
    action: 'handoff_to_sales',
    requiresApproval: false,
    status: 'proposed',
    params: { invoiceIds: ['i-1'], replyLanguage: 'nl', accountOwner: null },
  },
  invoices: [{ id: 'i-1', number: 'INV-1', openCents: 50_000, dueDate: '2026-11-01' }],
  pausedUntil: '2026-12-20',
};
const PROMISES_CONTACT = /contact met u op|will contact|doorgegeven aan/i;

/** The automatic dispute acknowledgement promises contact only when a staff channel tells someone. */
describe('planInboundAnswer: dispute acknowledgement and the staff channel', () => {
  it.each(['nl', 'en'] as const)(
    'without a staff channel (%s) it says the message is recorded, not that someone will call',
    (language) => {
      const request = planInboundAnswer({
        deps: { email, companyName: 'Our Company', staffChannel: false },
        context: {
          ...context,
          proposal: {
            ...context.proposal!,
            action: 'handoff_to_sales',
            params: { invoiceIds: ['i-1'], replyLanguage: language, accountOwner: null },
          },
        },
        email: { references: [] },
      });
      const mail = renderEmail(request!.content, request!.language);
      expect(mail.text).not.toMatch(PROMISES_CONTACT);
      expect(mail.text).toMatch(
        language === 'nl'
          ? /vastgelegd bij uw dossier; ons team bekijkt/
          : /recorded with your file; our team reviews/,
      );
    },
  );

  it('with a staff channel the account manager is told, and the mail says so', () => {
    const request = planInboundAnswer({
      deps: { email, companyName: 'Our Company', staffChannel: true },
      context,
      email: { references: [] },
    });
    expect(renderEmail(request!.content, 'nl').text).toContain('doorgegeven aan uw contactpersoon');
  });
});
