import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import type { CompanyIdentity } from '../../domain/letters/company-identity.ts';

/** How formal letters go out, and whose letterhead they carry. */
export interface LetterSettings {
  /** LETTERS_BY_POST=formal: the 14-day letter and the notice of default also go by post. */
  readonly byPost: boolean;
  /** The company identity for the letterhead; null: the company name alone. */
  readonly identity: CompanyIdentity | null;
}

const ZLettersByPost = z.enum(['off', 'formal'], {
  error:
    'LETTERS_BY_POST must be "off" (e-mail only, the PDF attached) or "formal" (the 14-day letter and the notice of default also by post)',
});

/** LETTERS_BY_POST from the environment (default off); a wrong value is refused at start. */
export function readLetterSettings(
  env: NodeJS.ProcessEnv,
  identity: CompanyIdentity | null = null,
): LetterSettings {
  const raw = env.LETTERS_BY_POST?.trim() || 'off';
  const parsed = ZLettersByPost.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      'CONFIG_INVALID',
      `${parsed.error.issues[0]?.message}; got "${raw}". See .env.example.`,
    );
  return { byPost: parsed.data === 'formal', identity };
}
