import type { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../channels/slack/read-slack-config.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { EmailDeps } from '../inbound/email-deps.ts';
import type { SlackAuthorizer } from './create-slack-authorizer.ts';

/** What the Slack handlers and workers share. */
export interface SlackDeps {
  readonly db: Database;
  readonly config: SlackConfig;
  readonly policy: CollectionsPolicy;
  readonly client: webApi.WebClient;
  readonly authorizer: SlackAuthorizer;
  /** E-mail settings for telling debtors by e-mail; null when e-mail is not set up (notices wait). */
  readonly email: EmailDeps | null;
  readonly log: (line: string) => void;
  readonly now: () => Date;
}
