import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { MessageInput, Understand } from '../domain/messages/understanding.ts';
import { createLineWriter } from './classify/create-line-writer.ts';
import { errorLine, toOutputLine } from './classify/format-classify-line.ts';
import { understandMessage } from './understand-message.ts';

/** One input line of `collections classify` (header names lower case). */
export const ZClassifyLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  subject: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  html: z.string().optional(),
  /** ISO instant the message was received; relative dates resolve against it. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
export type TClassifyLine = z.infer<typeof ZClassifyLine>;

export interface ClassifyOptions {
  /** Defaults to the offline understandMessage; the CLI passes the LLM variant when configured. */
  readonly understand?: Understand;
}

/**
 * `collections classify`: one JSON line out per JSON line in, in order. A line that is not valid
 * JSON or not a valid message gets an error object with its id (when it has one) and line number;
 * the other lines go on (one bad message never fails the batch).
 */
export async function classifyJsonLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: ClassifyOptions = {},
): Promise<{ lines: number; errors: number }> {
  const understand = options.understand ?? ((message: MessageInput) => understandMessage(message));
  const writer = createLineWriter(output);
  let lines = 0;
  let errors = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    // A UTF-8 byte order mark (Windows editors write one) starts the first line, as `import` allows.
    const raw = lineNumber === 1 ? line.replace(/^\uFEFF/u, '') : line;
    if (raw.trim() === '') continue;
    lines++;
    const result = await classifyLine(raw, lineNumber, understand);
    if ('error' in result) errors++;
    await writer.write(JSON.stringify(result));
  }
  await writer.flush();
  return { lines, errors };
}

async function classifyLine(raw: string, lineNumber: number, understand: Understand): Promise<object> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return errorLine(null, lineNumber, `line is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ZClassifyLine.safeParse(json);
  if (!parsed.success) {
    const id =
      typeof json === 'object' && json !== null && 'id' in json ? (json as { id: unknown }).id : null;
    return errorLine(
      typeof id === 'string' || typeof id === 'number' ? id : null,
      lineNumber,
      `expected {"id", "text", "subject"?, "headers"?}: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`,
    );
  }
  const line = parsed.data;
  try {
    const understanding = await understand(toMessageInput(line));
    return toOutputLine(line.id, understanding);
  } catch (error) {
    return { id: line.id, line: lineNumber, error: { code: 'INTERNAL', message: (error as Error).message } };
  }
}

export function toMessageInput(line: TClassifyLine): MessageInput {
  const date = line.receivedAt ?? line.headers?.date;
  const receivedAt = date === undefined ? undefined : new Date(date);
  return {
    text: line.text,
    subject: line.subject ?? line.headers?.subject,
    headers: line.headers,
    html: line.html,
    receivedAt: receivedAt && !Number.isNaN(receivedAt.getTime()) ? receivedAt : undefined,
  };
}
