import { type ParseArgsConfig, parseArgs } from 'node:util';
import { AppError } from '../../domain/errors/app-error.ts';

/**
 * A command's arguments, strictly (an unknown flag or a missing value is refused): node's
 * parseArgs with `config`'s options and positionals (none unless allowPositionals: true). Anything it
 * refuses is INPUT_INVALID with its reason and the command's usage.
 */
export function parseCommandArgs<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(
  args: readonly string[],
  usage: string,
  config: T,
) {
  try {
    return parseArgs({ ...config, args: [...args], strict: true });
  } catch (cause) {
    throw new AppError('INPUT_INVALID', `${(cause as Error).message}. Usage: ${usage}`, { cause });
  }
}
