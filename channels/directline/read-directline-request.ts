import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './http-problem.ts';

export const DIRECTLINE_BASE = '/v3/directline';

export function readBearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return /^Bearer\s+(\S+)$/iu.exec(header)?.[1] ?? '';
}

/**
 * `…/conversations/:id` plus what follows it (`''`, `/activities`, `/stream`). A target that is
 * not a URL, or an id that is not valid percent-encoding (`%`, `%E0%A4%A`), is a refusal like any
 * unknown path, never an exception of the URL parser.
 */
export function parseConversationPath(request: IncomingMessage): { id: string; rest: string; url: URL } {
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    throw new HttpProblem(400, 'BadArgument', 'The request target is not a valid URL.');
  }
  const match = /^\/v3\/directline\/conversations\/([^/]{1,200})(\/[a-z]+)?$/u.exec(url.pathname);
  if (!match) throw new HttpProblem(404, 'NotFound', 'No such endpoint.');
  let id: string;
  try {
    id = decodeURIComponent(match[1]!);
  } catch {
    throw new HttpProblem(404, 'NotFound', 'No such conversation.');
  }
  return { id, rest: match[2] ?? '', url };
}

export function parseWatermark(value: string | null): number {
  if (value === null || value === '' || value === '-') return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new HttpProblem(400, 'BadArgument', 'The watermark is not valid.');
  return n;
}
