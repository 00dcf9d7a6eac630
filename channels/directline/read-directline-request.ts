import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './http-problem.ts';

export const DIRECTLINE_BASE = '/v3/directline';

export function readBearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return /^Bearer\s+(\S+)$/iu.exec(header)?.[1] ?? '';
}

/** `…/conversations/:id` plus what follows it (`''`, `/activities`, `/stream`). */
export function parseConversationPath(request: IncomingMessage): { id: string; rest: string; url: URL } {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/v3\/directline\/conversations\/([^/]+)(\/[a-z]+)?$/u.exec(url.pathname);
  if (!match) throw new HttpProblem(404, 'NotFound', 'No such endpoint.');
  return { id: decodeURIComponent(match[1]!), rest: match[2] ?? '', url };
}

export function parseWatermark(value: string | null): number {
  if (value === null || value === '' || value === '-') return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new HttpProblem(400, 'BadArgument', 'The watermark is not valid.');
  return n;
}
