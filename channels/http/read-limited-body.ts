import type { IncomingMessage } from 'node:http';
import { AppError } from '../../domain/errors/app-error.ts';

/**
 * The body was over the limit. An AppError (INPUT_INVALID, details `tooLarge`) so callers that
 * map AppErrors see it as bad input, and its own class so transports can answer 413 without
 * reading details.
 */
export class BodyTooLargeError extends AppError {
  constructor(readonly limit: number) {
    super('INPUT_INVALID', `The request body is larger than ${limit} bytes.`, {
      details: { tooLarge: true },
    });
  }
}

/**
 * Reads a request body up to `maxBytes`. A larger body (declared or actual) is refused with a
 * BodyTooLargeError; the rest is drained unbuffered so the 413 can still be sent on the
 * connection.
 */
export function readLimitedBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
      request.resume();
      reject(new BodyTooLargeError(maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}
