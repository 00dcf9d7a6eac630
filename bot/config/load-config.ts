import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import type { StatutoryInterestTable } from '../../domain/law/statutory-interest-table.ts';
import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';
import { parseCompanyIdentity, ZCompanyEnv } from '../../domain/letters/parse-company-identity.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import { DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import { parsePolicy } from '../../domain/policy/parse-policy.ts';
import { parseTimeOfDay, type TimeOfDay } from '../../domain/schedule/time-of-day.ts';
import { type NlpConfig, readNlpConfig } from '../../nlp/read-nlp-config.ts';
import { type DatabaseTarget, resolveDatabaseTarget } from '../../prisma/database-target.ts';
import { loadInterestRates } from './load-interest-rates.ts';
import { readCompanyLogo } from './read-company-logo.ts';
import { readSettingsJson } from './read-settings-json.ts';

/**
 * Every setting of the application, read from the environment once at start-up and validated,
 * so a typo fails loudly before anything runs. .env.example documents each variable.
 */
const ZEnv = z.object({
  PORT: z.coerce
    .number({ error: 'expected a TCP port number such as 3000' })
    .int()
    .min(0)
    .max(65_535)
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  COLLECTIONS_POLICY_FILE: z.string().min(1).optional(),
  /** Later statutory interest periods, added to the built-in table (bot/config/load-interest-rates.ts). */
  COLLECTIONS_RATES_FILE: z.string().min(1).optional(),
  /** The company's name as debtors see it in messages. */
  COMPANY_NAME: z.string().min(1).default('Collections'),
  /** A folder of letter templates that replace the shipped ones file by file. */
  COLLECTIONS_TEMPLATES_DIR: z.string().min(1).optional(),
  /** The logo as a PNG or JPEG file, in the mail (inline) and on the PDF letterhead. */
  COMPANY_LOGO_FILE: z.string().min(1).optional(),
  /** When `serve` runs the dunning ladder on Dutch business days, Europe/Amsterdam wall time. */
  DUNNING_RUN_AT: z
    .string()
    .default('09:00')
    .transform((text, context) => {
      const at = parseTimeOfDay(text);
      if (!at) {
        context.addIssue({
          code: 'custom',
          message: `expected a time of day as HH:MM on a 24-hour clock (Europe/Amsterdam), such as 09:00; got "${text}"`,
        });
        return z.NEVER;
      }
      return at;
    }),
  /** How often `serve` syncs the connected accounting package: "15m", "1h", "90s"; unset: never. */
  LEDGER_SYNC_INTERVAL: z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined) return null;
      const match = /^(\d+)\s*(s|m|h)?$/.exec(text.trim());
      const unit: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };
      const ms = match ? Number(match[1]) * (unit[match[2] ?? 'm'] ?? Number.NaN) : Number.NaN;
      if (!(ms >= 5_000 && ms <= 7 * 86_400_000)) {
        context.addIssue({
          code: 'custom',
          message: `expected an interval such as 15m, 1h or 90s (from 5s to a week; a number alone is minutes); got "${text}"`,
        });
        return z.NEVER;
      }
      return ms;
    }),
});

export interface AppConfig {
  readonly database: DatabaseTarget;
  readonly port: number;
  readonly host: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly companyName: string;
  /** COMPANY_*: who sends the letters, shown in each letter's footer and payment block. */
  readonly company: CompanyIdentity;
  /** COLLECTIONS_TEMPLATES_DIR: the company's own letter templates; null: the shipped ones. */
  readonly templatesDir: string | null;
  readonly policy: CollectionsPolicy;
  readonly policySource: string;
  /** The statutory interest rates: built-in, followed by COLLECTIONS_RATES_FILE's periods. */
  readonly interestRates: StatutoryInterestTable;
  readonly nlp: NlpConfig;
  /** DUNNING_RUN_AT: when serve runs the ladder on business days (Europe/Amsterdam). */
  readonly dunningRunAt: TimeOfDay;
  /** LEDGER_SYNC_INTERVAL in ms: how often serve syncs the accounting package; null: it does not. */
  readonly ledgerSyncIntervalMs: number | null;
}

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
  const parsed = ZEnv.safeParse(cleaned);
  const company = ZCompanyEnv.safeParse(cleaned);
  if (!parsed.success || !company.success) {
    const issues = [...(parsed.error?.issues ?? []), ...(company.error?.issues ?? [])];
    const problems = issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('CONFIG_INVALID', `Invalid configuration. ${problems.join('; ')}. See .env.example.`, {
      cause: parsed.error ?? company.error,
    });
  }
  const values = parsed.data;
  return {
    database: resolveDatabaseTarget(env),
    port: values.PORT,
    host: values.HOST,
    logLevel: values.LOG_LEVEL,
    companyName: values.COMPANY_NAME,
    company: { ...parseCompanyIdentity(company.data), logo: readCompanyLogo(values.COMPANY_LOGO_FILE) },
    templatesDir: values.COLLECTIONS_TEMPLATES_DIR ?? null,
    ...loadPolicy(values.COLLECTIONS_POLICY_FILE),
    interestRates: loadInterestRates(values.COLLECTIONS_RATES_FILE),
    nlp: readNlpConfig(env),
    dunningRunAt: values.DUNNING_RUN_AT,
    ledgerSyncIntervalMs: values.LEDGER_SYNC_INTERVAL,
  };
}

function loadPolicy(file: string | undefined): { policy: CollectionsPolicy; policySource: string } {
  if (!file) return { policy: DEFAULT_POLICY, policySource: 'built-in defaults' };
  const json = readSettingsJson({
    setting: 'COLLECTIONS_POLICY_FILE',
    file,
    fix: 'Point it at a JSON policy like policy.example.json, or unset it for the defaults.',
    syntaxCode: 'POLICY_INVALID',
  });
  return { policy: parsePolicy(json), policySource: file };
}
