import type { LetterSettings } from '../../channels/email/letters/letter-settings.ts';
import type { EmailConfig } from '../../channels/email/read-email-config.ts';
import type { StatutoryInterestTable } from '../../domain/law/statutory-interest-table.ts';
import type { Understand } from '../../domain/messages/understanding.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { Database } from '../../prisma/open-database.ts';
import type { SqlClient } from '../../prisma/sql/sql-client.ts';

/** What the email flows share; built once by serve or the dunning command. */
export interface EmailDeps {
  readonly prisma: Database['prisma'];
  /**
   * The database's direct SQL client (Database['sql']) for the chunked ingest's bulk statements;
   * without it they go through Prisma's raw API, with the same results, only slower.
   */
  readonly sql?: SqlClient | undefined;
  readonly email: EmailConfig;
  readonly policy: CollectionsPolicy;
  readonly companyName: string;
  /** The company's identity, template folder and LETTERS_BY_POST for letters; unset: the name alone, shipped templates, e-mail only. */
  readonly letters?: LetterSettings | undefined;
  /** Statutory interest rates (built-in plus COLLECTIONS_RATES_FILE) a notice of default states; unset: built-in. */
  readonly interestTable?: StatutoryInterestTable | undefined;
  readonly log: (line: string) => void;
  readonly understand?: Understand | undefined;
  readonly now?: (() => Date) | undefined;
  /**
   * false: no staff channel (Slack) is set up, so automatic answers promise nobody's contact.
   * Unset: one is (the Slack runtime builds these deps for itself).
   */
  readonly staffChannel?: boolean | undefined;
}
