import { AppError } from '../../../domain/errors/app-error.ts';
import type { Understand } from '../../../domain/messages/understanding.ts';
import { classifyJsonLines } from '../../../nlp/classify-jsonl.ts';
import { readNlpConfig } from '../../../nlp/read-nlp-config.ts';
import { understandMessage } from '../../../nlp/understand-message.ts';
import type { CommandHandler } from '../command.ts';

const USAGE = `Usage:
  collections classify < messages.jsonl     one JSON line per input line {"id","text","subject"?,"headers"?}
  collections classify --eml FILE...        raw RFC 822 files, file name as id
Output: {"id","kind","reason","secondary","confidence","language","reply","entities","explanation"} per line.
Exit code 0 when every line was classified, 1 when some lines had errors (their error objects are in the output).
Settings: NLP_ABSTAIN_THRESHOLD (default 0.6), NLP_LLM_MODE off|primary|second_opinion (default off).`;

/**
 * `collections classify`: stdin JSON Lines, or `--eml FILE...`; results on stdout. The LLM client
 * (LangChain, OpenAI) and the mail parser are imported only when asked for: loading them cost more
 * than classifying a thousand lines.
 */
export const classifyCommand: CommandHandler = async ({ args, io, env }) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = readNlpConfig(env);
  const llm = config.llm;
  let understand: Understand = (message) =>
    understandMessage(message, { abstainThreshold: config.abstainThreshold });
  if (llm) {
    const { understandMessageWithLlm } = await import('../../../nlp/llm/understand-message-with-llm.ts');
    understand = (message) =>
      understandMessageWithLlm(message, { llm, abstainThreshold: config.abstainThreshold });
  }
  const [first, ...rest] = args;
  let result: { lines: number; errors: number };
  if (first === '--eml') {
    if (rest.length === 0) throw new AppError('INPUT_INVALID', `--eml needs at least one file.\n${USAGE}`);
    const { classifyEmlFiles } = await import('../../../nlp/classify-eml-files.ts');
    result = await classifyEmlFiles(rest, io.stdout, { understand });
  } else if (first === undefined) {
    result = await classifyJsonLines(io.stdin, io.stdout, { understand });
  } else {
    throw new AppError('INPUT_INVALID', `Unknown argument "${first}".\n${USAGE}`);
  }
  if (result.errors > 0) io.stderr.write(`classify: ${result.errors} of ${result.lines} lines had errors\n`);
  return result.errors === 0 ? 0 : 1;
};
