import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors/app-error.ts';

/**
 * The arguments of a command whose only option is `--json` (queues, schedule): whether it was
 * given. Anything else is INPUT_INVALID with the command's usage.
 */
export function parseJsonFlag(args: readonly string[], usage: string): boolean {
  try {
    const parsed = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, strict: true });
    return parsed.values.json === true;
  } catch (cause) {
    throw new AppError('INPUT_INVALID', `${(cause as Error).message}. Usage: ${usage}`, { cause });
  }
}
