import { expect } from 'vitest';
import { extractReply } from '../../nlp/extract/extract-reply.ts';

/** Asserts that a text that is only a reply comes back from extractReply as written. */
export function expectReplyKept(text: string): void {
  expect(extractReply({ text })).toBe(text);
}
