import { describe, expect, it } from 'vitest';
import { buildNoticeEmailContent } from '../../../../channels/email/build-notice-email-content.ts';
import { letterSettingsFor } from '../../../../channels/email/letters/letter-settings.ts';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { renderEmailContent } from '../../../../channels/email/render-email-content.ts';
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
  renderEmailContent({
    content: buildNoticeEmailContent({
      template: 'dispute_acknowledgement',
      params: params(language),
      debtorName: 'Bakkerij Jansen',
      companyName: 'Our Company',
      staffNotified,
      email,
    }),
    language,
    letters: letterSettingsFor('Our Company'),
    today: '2026-11-23',
  });
const PROMISES_CONTACT = /contact met u op|will contact|doorgegeven aan/i;

/** The dispute acknowledgement promises contact only when a staff channel tells someone. */
describe('buildNoticeEmailContent: dispute acknowledgement and the staff channel', () => {
  it.each(['nl', 'en'] as const)(
    'without a staff channel (%s) it says the message is recorded, not that someone will call',
    async (language) => {
      const mail = await acknowledgement(language, false);
      expect(mail.text).not.toMatch(PROMISES_CONTACT);
      expect(mail.text).toMatch(
        language === 'nl'
          ? /vastgelegd bij uw dossier; ons team bekijkt/
          : /recorded with your file; our team reviews/,
      );
    },
  );

  it('with a staff channel the account manager is told, and the mail says so, with the pause as planned', async () => {
    const mail = await acknowledgement('nl', true);
    expect(mail.text).toContain('doorgegeven aan uw contactpersoon');
    expect(mail.text).toContain('20 december 2026');
    expect(mail.text).toContain('INV-1');
  });
});

describe('buildNoticeEmailContent: the notice of default states its interest', () => {
  const defaultNotice = (language: 'nl' | 'en', withInterest: boolean) =>
    renderEmailContent({
      content: buildNoticeEmailContent({
        template: 'dunning_letter',
        params: {
          ...params(language),
          dunning: {
            stepCode: 'ingebrekestelling',
            stepLabel: 'Ingebrekestelling',
            stepIndex: 3,
            letterKind: 'default_notice',
            statesCosts: true,
            costsCents: 7_500,
            termEndsOn: null,
            interest: withInterest
              ? { kind: 'commercial', upTo: '2026-11-23', totalCents: 2_280, basisPoints: 1015 }
              : null,
          },
        },
        debtorName: 'Bakkerij Jansen',
        companyName: 'Our Company',
        staffNotified: true,
        email,
      }),
      language,
      letters: letterSettingsFor('Our Company'),
      today: '2026-11-23',
    });

  it('names the amount up to the letter date and the yearly rate, in Dutch and English', async () => {
    expect((await defaultNotice('nl', true)).text).toMatch(
      /De wettelijke handelsrente bedraagt tot de datum van deze brief €\s22,80 \(10,15% per jaar, art\. 6:119a BW\)/,
    );
    expect((await defaultNotice('en', true)).text).toMatch(
      /statutory commercial interest up to the date of this letter amounts to €22\.80 \(10\.15% a year, art\. 6:119a BW\)/,
    );
    expect((await defaultNotice('nl', false)).text).not.toMatch(/bedraagt tot de datum/);
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

  const words = (content: ReturnType<typeof letter>) =>
    renderEmailContent({
      content,
      language: 'nl',
      letters: letterSettingsFor('Our Company'),
      today: '2026-11-23',
    });

  it('an approved first step is the plain reminder: it never speaks of an earlier one', async () => {
    const content = letter('reminder', 0);
    expect(content.template).toBe('reminder');
    const mail = await words(content);
    expect(mail.subject).toBe('Herinnering: factuur INV-1');
    expect(mail.text).not.toMatch(/eerdere herinnering/);
  });

  it('a later step is the notice, after two letters speaking of the reminders before it', async () => {
    const mail = await words(letter('notice', 2));
    expect(mail.subject).toBe('Aanmaning: factuur INV-1');
    expect(mail.text).toContain('Ondanks onze eerdere herinneringen');
  });
});
