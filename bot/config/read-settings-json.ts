import { readFileSync } from 'node:fs';
import { AppError, type ErrorCode } from '../../domain/errors/app-error.ts';

/**
 * The JSON in a settings file named by an environment setting (COLLECTIONS_POLICY_FILE,
 * COLLECTIONS_RATES_FILE), still unchecked. A file that cannot be read is CONFIG_INVALID with the
 * reason and `fix` (what to point the setting at); one that is not JSON is `syntaxCode` with the
 * line of the mistake.
 */
export function readSettingsJson({
  setting,
  file,
  fix,
  syntaxCode,
}: {
  setting: string;
  file: string;
  /** Says what the setting should name, e.g. "Point it at a JSON policy like policy.example.json, or unset it for the defaults." */
  fix: string;
  syntaxCode: ErrorCode;
}): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AppError(
      'CONFIG_INVALID',
      `${setting}: cannot read "${file}" (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}). ${fix}`,
      { cause },
    );
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new AppError(
      syntaxCode,
      `${setting} "${file}"${lineOf(text, cause as Error)} is not valid JSON: ${(cause as Error).message}.`,
      { cause },
    );
  }
}

/** V8 names the character position of a JSON syntax error; a person looks for a line. */
function lineOf(text: string, error: Error): string {
  const position = /position (\d+)/u.exec(error.message)?.[1];
  if (position === undefined) return '';
  return `, line ${text.slice(0, Number(position)).split('\n').length},`;
}
