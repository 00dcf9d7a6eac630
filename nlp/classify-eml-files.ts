import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Understand } from '../domain/messages/understanding.ts';
import { createLineWriter } from './classify/create-line-writer.ts';
import { errorLine, toOutputLine } from './classify/format-classify-line.ts';
import { emailMessageInput } from './mail/email-message-input.ts';
import { parseInboundEmail } from './mail/parse-inbound-email.ts';
import { understandMessage } from './understand-message.ts';

/**
 * `collections classify --eml FILE...`: the same output lines for raw RFC 822 files, with the file
 * name as id, each read as the live e-mail channel reads a fetched mail. An unreadable or unparsable file gets an error line; the other files go on.
 */
export async function classifyEmlFiles(
  paths: readonly string[],
  output: NodeJS.WritableStream,
  options: { understand?: Understand } = {},
): Promise<{ lines: number; errors: number }> {
  const understand = options.understand ?? ((message) => understandMessage(message));
  const writer = createLineWriter(output);
  let errors = 0;
  for (const [index, path] of paths.entries()) {
    const id = basename(path);
    try {
      // The live e-mail channel's parser and input (bot/inbound/prepare-inbound-email.ts).
      const email = await parseInboundEmail(await readFile(path));
      const understanding = await understand(emailMessageInput({ email, now: new Date() }));
      await writer.write(JSON.stringify(toOutputLine(id, understanding)));
    } catch (error) {
      errors++;
      await writer.write(
        JSON.stringify(
          errorLine(id, index + 1, `cannot read ${path} as an email: ${(error as Error).message}`),
        ),
      );
    }
  }
  await writer.flush();
  return { lines: paths.length, errors };
}
