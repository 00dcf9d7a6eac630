import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';

/** message.headers: header names in lower case, values as received (channels/email); null for chat. */
const ZHeaders = z.record(z.string(), z.string()).nullable();

/** A message's stored headers; a row that does not parse is DATA_INVALID naming the message. */
export function parseMessageHeaders({
  id,
  headers,
}: {
  id: string;
  headers: unknown;
}): Record<string, string> {
  const parsed = ZHeaders.safeParse(headers);
  if (parsed.success) return parsed.data ?? {};
  throw new AppError(
    'DATA_INVALID',
    `Message ${id} is stored with headers that are not name -> text: ${parsed.error.issues
      .map((issue) => `headers.${issue.path.join('.')}: ${issue.message}`)
      .join('; ')}.`,
    { cause: parsed.error },
  );
}
