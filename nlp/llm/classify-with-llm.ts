import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';
import { AppError } from '../../domain/errors/app-error.ts';
import type { LlmConfig } from '../read-nlp-config.ts';
import { buildReasonPrompt, SYSTEM_PROMPT } from './build-reason-prompt.ts';
import { type TLlmReasonOutput, ZLlmReasonOutput } from './llm-reason-schema.ts';

const clients = new Map<string, ChatOpenAI>();

function clientFor(config: LlmConfig): ChatOpenAI {
  const key = `${config.baseUrl}|${config.model}|${config.timeoutMs}`;
  let client = clients.get(key);
  if (!client) {
    client = new ChatOpenAI({
      model: config.model,
      apiKey: config.apiKey,
      configuration: { baseURL: config.baseUrl },
      temperature: 0,
      timeout: config.timeoutMs,
      // One attempt: on failure the local model answers, we do not keep the debtor waiting.
      maxRetries: 0,
    });
    clients.set(key, client);
  }
  return client;
}

/**
 * Asks an OpenAI-compatible endpoint for the reason, as structured output, and validates the
 * answer with zod. Throws AppError CHANNEL_UNAVAILABLE (endpoint down, timeout) or INPUT_INVALID
 * (answer does not fit the schema); the caller falls back to the local model.
 */
export async function classifyWithLlm(
  input: { reply: string; subject?: string | undefined },
  config: LlmConfig,
): Promise<TLlmReasonOutput> {
  const structured = clientFor(config).withStructuredOutput(ZLlmReasonOutput, { name: 'classify_reason' });
  let answer: unknown;
  try {
    answer = await structured.invoke(
      [new SystemMessage(SYSTEM_PROMPT), new HumanMessage(buildReasonPrompt(input))],
      {
        signal: AbortSignal.timeout(config.timeoutMs),
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const invalid =
      /pars|schema|valid|json|tool/i.test(message) && !/fetch|connect|timeout|abort|ECONN/i.test(message);
    throw new AppError(
      invalid ? 'INPUT_INVALID' : 'CHANNEL_UNAVAILABLE',
      invalid ? `LLM answer did not fit the schema: ${message}` : `LLM endpoint unavailable: ${message}`,
      { cause: error },
    );
  }
  // withStructuredOutput already validates; validate again so a library change cannot let junk in.
  const parsed = ZLlmReasonOutput.safeParse(answer);
  if (!parsed.success)
    throw new AppError('INPUT_INVALID', 'LLM answer did not fit the schema', { cause: parsed.error });
  return parsed.data;
}
