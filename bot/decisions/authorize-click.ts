import type { BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../server/slack-deps.ts';

const ZId = z.uuid();

/** What someone who may not decide on proposals is told, for a button and for a form alike. */
export const FINANCE_REFUSAL =
  'Only finance approvers can decide on proposals. Ask someone in SLACK_FINANCE_APPROVERS.';

/** The id a click may act on, or the refusal its clicker is to be told; null: the button carries no id. */
export type ClickAuthorization = { readonly id: string } | { readonly refusal: string } | null;

/**
 * The first step of every decision button: the id the button carries (a proposal or dispute
 * UUID), and whether the clicking user holds the role. Someone without it is refused (the
 * handler tells them, see queueEphemeral) and the refusal is logged; the handler goes on only
 * with the id this returns.
 */
export async function authorizeClick({
  deps,
  body,
  role,
  refusal,
  subject,
}: {
  deps: Pick<SlackDeps, 'authorizer' | 'log'>;
  body: BlockButtonAction;
  role: 'finance' | 'sales';
  refusal: string;
  /** "proposal" or "dispute", for the log line. */
  subject: string;
}): Promise<ClickAuthorization> {
  const user = body.user.id;
  const id = ZId.safeParse(body.actions[0]?.value);
  if (!id.success) return null;
  if (await deps.authorizer.can(role, user)) return { id: id.data };
  deps.log(`slack: refused ${body.actions[0]?.action_id} by ${user} on ${subject} ${id.data}`);
  return { refusal };
}
