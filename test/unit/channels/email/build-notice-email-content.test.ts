import { describe, expect, it } from 'vitest';
import { buildNoticeEmailContent } from '../../../../channels/email/build-notice-email-content.ts';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { renderEmail } from '../../../../channels/email/render-email.ts';
import type { NoticeParams } from '../../../../domain/notices/action-notice.ts';

const email = readEmailConfig({
  SMTP_HOST: 'smtp.example.nl',
  EMAIL_FROM: 'debiteuren@example.nl',
  EMAIL_REPLY_TOKEN_SECRET: 'reply-token-secret-0123456789abcdef0123',
});
const params = (language: 'nl' | 'en'): NoticeParams => ({
  language,
  invoices: [{ id: 'i-1', number: 'INV-1', openCents: 50_000, dueDate: '2026-11-01' }],
  pausedUntil: '2026-12-20',
});
const acknowledgement = (language: 'nl' | 'en', staffNotified: boolean) =>
  renderEmail(
    buildNoticeEmailContent({
      template: 'dispute_acknowledgement',
      params: params(language),
      debtorName: 'Bakkerij Jansen',
      companyName: 'Our Company',
      staffNotified,
      email,
    }),
    language,
  );
const PROMISES_CONTACT = /contact met u op|will contact|doorgegeven aan/i;

/** The dispute acknowledgement promises contact only when a staff channel tells someone. */
describe('buildNoticeEmailContent: dispute acknowledgement and the staff channel', () => {
  it.each(['nl', 'en'] as const)(
    'without a staff channel (%s) it says the message is recorded, not that someone will call',
    (language) => {
      const mail = acknowledgement(language, false);
      expect(mail.text).not.toMatch(PROMISES_CONTACT);
      expect(mail.text).toMatch(
        language === 'nl'
          ? /vastgelegd bij uw dossier; ons team bekijkt/
          : /recorded with your file; our team reviews/,
      );
    },
  );

  it('with a staff channel the account manager is told, and the mail says so, with the pause as planned', () => {
    const mail = acknowledgement('nl', true);
    expect(mail.text).toContain('doorgegeven aan uw contactpersoon');
    expect(mail.text).toContain('20 december 2026');
    expect(mail.text).toContain('INV-1');
  });
});

/** A ladder letter reads the same whether the run sent it by itself or a person approved it. */
describe('buildNoticeEmailContent: ladder letters', () => {
  const letter = (letterKind: 'reminder' | 'notice', stepIndex: number) =>
    buildNoticeEmailContent({
      template: 'dunning_letter',
      params: {
        ...params('nl'),
        dunning: {
          stepCode: stepIndex === 0 ? 'reminder_1' : 'aanmaning',
          stepLabel: stepIndex === 0 ? 'Herinnering' : 'Aanmaning',
          stepIndex,
          letterKind,
          statesCosts: false,
          costsCents: null,
          termEndsOn: null,
        },
      },
      debtorName: 'Bakkerij Jansen',
      companyName: 'Our Company',
      staffNotified: true,
      email,
    });

  it('an approved first step is the plain reminder: it never speaks of an earlier one', () => {
    const content = letter('reminder', 0);
    expect(content.template).toBe('reminder');
    const mail = renderEmail(content, 'nl');
    expect(mail.subject).toBe('Herinnering: factuur INV-1');
    expect(mail.text).not.toMatch(/eerdere herinnering/);
  });

  it('a later step is the notice', () => {
    const mail = renderEmail(letter('notice', 2), 'nl');
    expect(mail.subject).toBe('Aanmaning: factuur INV-1');
    expect(mail.text).toContain('Ondanks onze eerdere herinnering');
  });
});
