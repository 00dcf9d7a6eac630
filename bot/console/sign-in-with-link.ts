import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { OutboundMail } from '../../channels/email/create-smtp-sender.ts';
import { renderLinkConfirmPage } from '../../channels/web/console/render-link-confirm-page.ts';
import { describeError } from '../../domain/errors/describe-error.ts';
import { enqueueStaffEmail } from '../../prisma/outbox/enqueue-staff-email.ts';
import { createSignInLink } from '../../prisma/staff/create-sign-in-link.ts';
import { findActiveStaff } from '../../prisma/staff/find-active-staff.ts';
import { recordSignInRefusal } from '../../prisma/staff/record-sign-in-refusal.ts';
import { redeemSignInLink } from '../../prisma/staff/redeem-sign-in-link.ts';
import { sendQueuedEmails } from '../notices/send-queued-emails.ts';
import { ensureFormToken, hasFormToken } from './anonymous-form-token.ts';
import type { ConsoleDeps } from './console-deps.ts';
import { createSecret } from './create-secret.ts';
import { hashSecret } from './hash-secret.ts';
import type { Exchange } from './open-exchange.ts';
import { showSignIn } from './show-sign-in.ts';
import { startStaffSession } from './start-staff-session.ts';

const ZEmail = z.string().trim().toLowerCase().max(254).pipe(z.email());
const ZToken = z.string().regex(/^[\w-]{43}$/);

/**
 * POST /console/sign-in/link: mails a one-time sign-in link to an active member of staff. The
 * answer is the same whether or not the address has access (nobody learns who works here), and
 * requests are limited per address and per client.
 */
export async function requestSignInLink(
  deps: ConsoleDeps,
  exchange: Exchange,
  client: string,
): Promise<void> {
  if (!deps.mailer) return showSignIn(deps, exchange, { status: 404 });
  const form = await exchange.form();
  if (!hasFormToken(exchange, form))
    return showSignIn(deps, exchange, { status: 403, notice: 'form_expired' });
  const email = ZEmail.safeParse(form.get('email') ?? '');
  if (!email.success) return showSignIn(deps, exchange, { status: 400 });
  if (!deps.linkLimiters.client.take(client).ok || !deps.linkLimiters.address.take(email.data).ok) {
    deps.log(`console: sign-in link for ${email.data} not sent: too many requests`);
    return showSignIn(deps, exchange, { linkSent: true });
  }
  const staff = await findActiveStaff({ prisma: deps.db.prisma, email: email.data });
  if (!staff) {
    await recordSignInRefusal({ prisma: deps.db.prisma, email: email.data, via: 'link', why: 'not_staff' });
    deps.log(`console: no sign-in link for ${email.data}: not (active) staff`);
    return showSignIn(deps, exchange, { linkSent: true });
  }
  const token = createSecret();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + deps.config.linkMs);
  await createSignInLink({
    prisma: deps.db.prisma,
    tokenHash: hashSecret(token),
    staffId: staff.id,
    now,
    expiresAt,
  });
  const minutes = Math.round(deps.config.linkMs / 60_000);
  const link = `${deps.config.baseUrl}/console/sign-in/link/${token}`;
  const dutch = exchange.language === 'nl';
  const messageId = randomUUID();
  const mail: OutboundMail = {
    from: deps.mailer.from,
    to: staff.email,
    replyTo: null,
    subject: dutch ? `Aanmelden bij ${deps.companyName}` : `Sign in to ${deps.companyName}`,
    text: dutch
      ? `Hallo ${staff.name},\n\nMeld je aan bij de incasso-console met deze link (werkt één keer, ${minutes} minuten lang):\n\n${link}\n\nHeb je dit niet aangevraagd? Dan kun je deze mail negeren.\n`
      : `Hello ${staff.name},\n\nSign in to the collections console with this link (it works once, for ${minutes} minutes):\n\n${link}\n\nDid not ask for it? Then ignore this mail.\n`,
    messageId: `<${messageId}@${deps.mailer.from.address.split('@')[1] ?? 'console.invalid'}>`,
    inReplyTo: null,
    references: [],
  };
  // Through the e-mail outbox like every other mail: a failing mail server is retried by serve's
  // outbox worker and shows on the health page. Tried at once here, so the link arrives while the
  // person waits for it.
  const { outboxId } = await enqueueStaffEmail({
    prisma: deps.db.prisma,
    staffId: staff.id,
    template: 'staff_sign_in_link',
    to: staff.email,
    messageId,
    payload: { mail, dunning: null, notAfter: expiresAt.toISOString() },
    now,
  });
  try {
    const sent = await sendQueuedEmails({
      deps: { prisma: deps.db.prisma, email: deps.mailer.email, log: deps.log, now: deps.now },
      sender: deps.mailer.sender,
      only: [outboxId],
    });
    deps.log(
      sent.sent > 0
        ? `console: sign-in link sent to ${staff.email}`
        : `console: sign-in link to ${staff.email} not sent yet; the e-mail outbox retries it`,
    );
  } catch (error) {
    // Queued already: the outbox worker sends it; the log says why it did not go at once.
    deps.log(`console: sign-in link to ${staff.email} queued, not sent yet: ${describeError(error)}`);
  }
  showSignIn(deps, exchange, { linkSent: true });
}

/** GET /console/sign-in/link/<token>: a button that uses the link (opening it alone uses nothing). */
export function showSignInLink(deps: ConsoleDeps, exchange: Exchange, token: string): void {
  if (!deps.mailer || !ZToken.safeParse(token).success) {
    showSignIn(deps, exchange, { status: 404, notice: 'link_refused' });
    return;
  }
  exchange.page(
    200,
    renderLinkConfirmPage({
      language: exchange.language,
      companyName: deps.companyName,
      token,
      formToken: ensureFormToken(exchange),
    }),
  );
}

/** POST /console/sign-in/link/use: the link used once, for an active member of staff, gives a session. */
export async function useSignInLink(deps: ConsoleDeps, exchange: Exchange): Promise<void> {
  if (!deps.mailer) return showSignIn(deps, exchange, { status: 404 });
  const form = await exchange.form();
  if (!hasFormToken(exchange, form))
    return showSignIn(deps, exchange, { status: 403, notice: 'form_expired' });
  const token = ZToken.safeParse(form.get('token') ?? '');
  if (!token.success) return showSignIn(deps, exchange, { status: 400, notice: 'link_refused' });
  const redeemed = await redeemSignInLink({
    prisma: deps.db.prisma,
    tokenHash: hashSecret(token.data),
    now: deps.now(),
  });
  if (redeemed.kind === 'refused') {
    deps.log(`console: sign-in link refused (${redeemed.why})`);
    return showSignIn(deps, exchange, { status: 403, notice: 'link_refused' });
  }
  await startStaffSession({ deps, exchange, staff: redeemed.staff, via: 'link' });
}
