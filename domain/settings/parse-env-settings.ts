import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

/**
 * Settings read from the environment with their zod schema. A blank value counts as unset
 * (`FOO=` in .env is no FOO), so a schema's defaults apply to it. A value that does not fit
 * throws CONFIG_INVALID naming every problem, as `Invalid <what>. <path: message; ...>. <hint>`,
 * the zod error kept as its cause.
 */
export function parseEnvSettings<S extends z.ZodType>({
  env,
  schema,
  what,
  hint = 'See .env.example.',
}: {
  env: Readonly<Record<string, string | undefined>>;
  schema: S;
  /** What is read, as the message names it: "console configuration". */
  what: string;
  /** What to do, after the problems. */
  hint?: string;
}): z.output<S> {
  const cleaned = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new AppError('CONFIG_INVALID', `Invalid ${what}. ${problems.join('; ')}. ${hint}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
