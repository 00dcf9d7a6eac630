import type { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../channels/slack/read-slack-config.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { EmailDeps } from './email-deps.ts';

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

export type SlackRole = 'finance' | 'sales';

export interface SlackAuthorizer {
  /** True when the user is listed for the role, directly or through a listed user group. */
  can(role: SlackRole, userId: string): Promise<boolean>;
}
