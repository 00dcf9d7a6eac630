import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLargeError, readLimitedBody } from '../../../../channels/http/read-limited-body.ts';
import { AppError } from '../../../../domain/errors/app-error.ts';

const LIMIT = 1024;

/** POSTs `body` in two writes (chunked unless `declareLength`); returns the status and reply text. */
function post(port: number, body: string, { declareLength }: { declareLength: boolean }) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        port,
        method: 'POST',
        headers: declareLength ? { 'content-length': Buffer.byteLength(body) } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    req.end(body.slice(half));
  });
}

describe('readLimitedBody', () => {
  let server: Server;
  let port: number;
  const errors: unknown[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      readLimitedBody(request, LIMIT).then(
        (body) => response.writeHead(200).end(`read ${body.toString('utf8')}`),
        (error: unknown) => {
          errors.push(error);
          response.writeHead(error instanceof BodyTooLargeError ? 413 : 500, { connection: 'close' }).end();
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('returns a body within the limit, whole', async () => {
    expect(await post(port, 'x'.repeat(LIMIT), { declareLength: false })).toEqual({
      status: 200,
      text: `read ${'x'.repeat(LIMIT)}`,
    });
  });

  it('refuses a body declared too large before reading it', async () => {
    expect((await post(port, 'y'.repeat(LIMIT + 1), { declareLength: true })).status).toBe(413);
  });

  it('refuses a chunked body that grows too large and still gets the 413 out', async () => {
    expect((await post(port, 'z'.repeat(64 * 1024), { declareLength: false })).status).toBe(413);
  });

  it('refuses with an INPUT_INVALID AppError whose details say tooLarge', async () => {
    await post(port, 'w'.repeat(LIMIT + 1), { declareLength: false });
    const error = errors.at(-1);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'INPUT_INVALID',
      details: { tooLarge: true },
      message: `The request body is larger than ${LIMIT} bytes.`,
    });
  });
});
