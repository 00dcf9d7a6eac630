import { z } from 'zod';
import { AppError } from '../../../domain/errors/app-error.ts';
import { parseEnvSettings } from '../../../domain/settings/parse-env-settings.ts';

export interface MoneybirdConfig {
  readonly baseUrl: string;
  /** MONEYBIRD_TOKEN with its administration; null when unset (a token stored with `connect moneybird` may serve). */
  readonly token: { readonly administrationId: string; readonly token: string } | null;
}

const ZMoneybirdEnv = z.object({
  MONEYBIRD_TOKEN: z.string().min(1).optional(),
  MONEYBIRD_ADMINISTRATION_ID: z
    .string()
    .regex(/^\d{1,20}$/, {
      error: 'expected the number after moneybird.com/ when the administration is open',
    })
    .optional(),
  MONEYBIRD_API_URL: z
    .url({ error: 'expected a URL such as https://moneybird.com/api/v2' })
    .default('https://moneybird.com/api/v2'),
});

/**
 * Moneybird's settings: the API's address, and the token when one is set. A token without
 * an administration, or a malformed one, fails loudly. The token itself is never part of an
 * error message.
 */
export function readMoneybirdConfig(env: NodeJS.ProcessEnv): MoneybirdConfig {
  const settings = parseEnvSettings({ env, schema: ZMoneybirdEnv, what: 'Moneybird settings' });
  const { MONEYBIRD_TOKEN: token, MONEYBIRD_ADMINISTRATION_ID: administrationId } = settings;
  if (!token) return { baseUrl: settings.MONEYBIRD_API_URL, token: null };
  if (!administrationId) {
    throw new AppError(
      'CONFIG_INVALID',
      'MONEYBIRD_TOKEN is set but MONEYBIRD_ADMINISTRATION_ID is not: set it to the number after moneybird.com/ when the administration is open.',
    );
  }
  return { baseUrl: settings.MONEYBIRD_API_URL, token: { administrationId, token } };
}
