import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../../../channels/directline/http-problem.ts';
import { parseConversationPath } from '../../../../channels/directline/read-directline-request.ts';

const request = (url: string) => ({ url }) as IncomingMessage;

describe('parseConversationPath', () => {
  it('reads the id and what follows it', () => {
    expect(
      parseConversationPath(request('/v3/directline/conversations/a%2Bb/activities?watermark=3')),
    ).toMatchObject({ id: 'a+b', rest: '/activities' });
  });

  it.each([
    ['/v3/directline/conversations/%', 404],
    ['/v3/directline/conversations/%E0%A4%A/stream', 404],
    ['//[', 400],
    ['/v3/directline/conversations/x/../../y', 404],
  ])('refuses %s with %i, never a parser exception', (url, status) => {
    let thrown: unknown;
    try {
      parseConversationPath(request(url));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HttpProblem);
    expect((thrown as HttpProblem).status).toBe(status);
  });
});
