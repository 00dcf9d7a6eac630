import type { EmailDeps } from '../../bot/server/email-deps.ts';
import { readEmailConfig } from '../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import { FIXTURE_INTEREST_TABLE } from './fixture-interest-rates.ts';

/** The e-mail settings the notices' worker plans and words ladder letters with, on a fixed clock. */
export function buildLadderLetterDeps({
  db,
  now,
  log = () => {},
}: {
  db: Pick<Database, 'prisma'>;
  now: Date;
  log?: (line: string) => void;
}): EmailDeps {
  return {
    prisma: db.prisma,
    email: readEmailConfig({
      EMAIL_FROM: 'debiteuren@voorbeeld.example',
      EMAIL_REPLY_TOKEN_SECRET: 'reply-token-secret-0123456789abcdef0123',
    }),
    policy: DEFAULT_POLICY,
    interestTable: FIXTURE_INTEREST_TABLE,
    companyName: 'Voorbeeld',
    log,
    now: () => now,
  };
}
