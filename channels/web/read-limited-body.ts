import type { IncomingMessage } from 'node:http';
import { AppError } from '../../domain/errors/app-error.ts';

/**
 * Reads a request body up to `maxBytes`. A larger body (declared or actual) is refused with an
 * AppError whose details say `tooLarge`; the rest is drained unbuffered so the 413 can still be
 * sent on the connection.
 */
export function readLimitedBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new AppError('INPUT_INVALID', `The request body is larger than ${maxBytes} bytes.`, {
      details: { tooLarge: true },
    });
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
      request.resume();
      reject(tooLarge());
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
        reject(tooLarge());
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
