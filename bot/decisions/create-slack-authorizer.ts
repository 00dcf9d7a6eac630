import type { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../channels/slack/read-slack-config.ts';
import type { SlackAuthorizer } from '../server/slack-deps.ts';

/**
 * Who may approve plans (finance) and move disputes (sales). User groups are looked up with
 * usergroups.users.list and cached for a minute; when Slack cannot say, the answer is no
 * (fail closed: a decision can be retried, a wrong approval cannot be taken back).
 */
export function createSlackAuthorizer({
  client,
  config,
  ttlMs = 60_000,
  log = () => undefined,
}: {
  client: webApi.WebClient;
  config: SlackConfig;
  ttlMs?: number;
  log?: (line: string) => void;
}): SlackAuthorizer {
  const cache = new Map<string, { users: Set<string>; until: number }>();
  const members = async (group: string): Promise<Set<string>> => {
    const hit = cache.get(group);
    if (hit && hit.until > Date.now()) return hit.users;
    try {
      const response = await client.usergroups.users.list({ usergroup: group });
      const users = new Set(response.users ?? []);
      cache.set(group, { users, until: Date.now() + ttlMs });
      return users;
    } catch (error) {
      log(`slack: cannot read members of user group ${group}: ${(error as Error).message}`);
      return new Set();
    }
  };
  return {
    async can(role, userId) {
      const allowed = role === 'finance' ? config.financeApprovers : config.salesUsers;
      if (allowed.includes(userId)) return true;
      for (const id of allowed) {
        if (id.startsWith('S') && (await members(id)).has(userId)) return true;
      }
      return false;
    },
  };
}
