import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { ACTION, BLOCK, VIEW } from '../../channels/slack/action-ids.ts';
import { renderPaymentApplyModal } from '../../channels/slack/blocks/render-payment-apply-modal.ts';
import { announcePaymentReview } from '../payments/announce-payment-review.ts';
import { decideBankTransferReview } from '../payments/decide-bank-transfer-review.ts';
import type { SlackDeps } from '../server/slack-deps.ts';
import { FINANCE_REFUSAL } from './authorize-click.ts';
import { openSlackForm } from './open-slack-form.ts';
import { queueEphemeral } from './queue-ephemeral.ts';

const ZTransferId = z.string().min(3).max(400);
const ZApplyForm = z.object({
  [BLOCK.paymentInvoice]: z.object({ value: z.object({ value: z.string().trim().min(1).max(100) }) }),
  [BLOCK.paymentAnyway]: z
    .object({ value: z.object({ selected_options: z.array(z.object({ value: z.string() })).optional() }) })
    .optional(),
});

/**
 * Slack's payment review: "Apply to an invoice…" on a bank transfer opens a form for the invoice
 * number; its submission is finance's decision (decideBankTransferReview, as the console's). A
 * likely repeat is refused in the form until "apply it anyway" is ticked; a refusal (no such
 * invoice, decided already) is shown in the form, nothing changed. Once applied, the review
 * message says by whom and where (announcePaymentReview, as after the console's decision).
 */
export function registerPaymentReviewHandlers(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(ACTION.paymentApply, async ({ ack, body, client }) => {
    await ack();
    // A bank transfer's id is no UUID (admitClick's): <account>:<statement>:<entry reference>.
    const id = ZTransferId.safeParse(body.actions[0]?.value);
    if (!id.success) return;
    if (!(await deps.authorizer.can('finance', body.user.id))) {
      deps.log(`slack: refused ${ACTION.paymentApply} by ${body.user.id} on payment ${id.data}`);
      await queueEphemeral({ db: deps.db, click: body, text: FINANCE_REFUSAL });
      return;
    }
    const note = await openSlackForm({
      deps,
      body,
      client,
      view: renderPaymentApplyModal({ providerPaymentId: id.data }),
      button: 'Apply to an invoice…',
    });
    if (note) await queueEphemeral({ db: deps.db, click: body, text: note });
  });

  app.view(VIEW.paymentApply, async ({ ack, body, view }) => {
    const user = body.user.id;
    const fail = (block: string, message: string) =>
      ack({ response_action: 'errors', errors: { [block]: message.slice(0, 300) } });
    const id = ZTransferId.safeParse(view.private_metadata);
    if (!id.success)
      return fail(BLOCK.paymentInvoice, 'This form lost track of its transfer; close it and try again.');
    if (!(await deps.authorizer.can('finance', user))) return fail(BLOCK.paymentInvoice, FINANCE_REFUSAL);
    const form = ZApplyForm.safeParse(view.state.values);
    if (!form.success) return fail(BLOCK.paymentInvoice, 'Enter the invoice number the transfer pays.');
    const anyway = (form.data[BLOCK.paymentAnyway]?.value.selected_options ?? []).some(
      (o) => o.value === 'anyway',
    );
    const outcome = await decideBankTransferReview({
      db: deps.db,
      providerPaymentId: id.data,
      invoiceNumber: form.data[BLOCK.paymentInvoice].value.value,
      applyDuplicate: anyway,
      actor: `slack:${user}`,
      now: deps.now(),
    });
    if (outcome.kind === 'confirm_duplicate') {
      return fail(
        BLOCK.paymentAnyway,
        `This looks like the transfer already imported from statement ${outcome.statementId} (${outcome.sourceFile}). If it is a second transfer, tick "apply it anyway".`,
      );
    }
    if (outcome.kind === 'refused') return fail(BLOCK.paymentInvoice, `Not applied: ${outcome.why}.`);
    await ack();
    await announcePaymentReview({
      db: deps.db,
      providerPaymentId: id.data,
      by: `slack:${user}`,
      invoiceNumber: outcome.invoiceNumber,
      openCents: outcome.openCents,
    });
    deps.log(
      `payment review: ${id.data} applied to ${outcome.invoiceNumber} by ${user}${anyway ? ' (flagged, applied anyway)' : ''}`,
    );
  });
}
