import type { SlackConfig } from '../../channels/slack/read-slack-config.ts';

/**
 * Where a dispute goes: the debtor's account owner in Slack (the owner as a Slack user id, or
 * mapped through SLACK_ACCOUNT_OWNERS), else the sales channel.
 */
export function resolveDisputeRecipient(config: SlackConfig, accountOwner: string | null): string {
  const owner = accountOwner?.trim();
  if (!owner) return config.salesChannel;
  if (/^[UW][A-Z0-9]+$/.test(owner)) return owner;
  return config.accountOwners.get(owner.toLowerCase()) ?? config.salesChannel;
}
