import { z } from 'zod';
import type { LetterSettings } from '../../channels/email/letters/letter-settings.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';

const ZLettersByPost = z.enum(['off', 'formal'], {
  error:
    'LETTERS_BY_POST must be "off" (e-mail only, the PDF attached) or "formal" (the 14-day letter and the notice of default also by post)',
});

/**
 * What every letter is written and sent with: the company's identity and template folder (from
 * the loaded config) and LETTERS_BY_POST (default off); a wrong value is refused at start.
 */
export function readLetterSettings(
  env: NodeJS.ProcessEnv,
  config: { readonly company: CompanyIdentity; readonly templatesDir: string | null },
): LetterSettings {
  const raw = env.LETTERS_BY_POST?.trim() || 'off';
  const parsed = ZLettersByPost.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      'CONFIG_INVALID',
      `${parsed.error.issues[0]?.message}; got "${raw}". See .env.example.`,
    );
  return { company: config.company, templatesDir: config.templatesDir, byPost: parsed.data === 'formal' };
}
