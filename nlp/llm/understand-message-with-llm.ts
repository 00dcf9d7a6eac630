import { AppError } from '../../domain/errors/app-error.ts';
import type { MessageInput, Understanding } from '../../domain/messages/understanding.ts';
import { byPriority } from '../../domain/reasons.ts';
import type { LlmConfig } from '../read-nlp-config.ts';
import { understandMessage } from '../understand-message.ts';
import { classifyWithLlm } from './classify-with-llm.ts';

/**
 * understandMessage with an LLM: as the primary classifier (mode "primary") or only when the local
 * model abstains (mode "second_opinion"). Bounces and automatic replies never go to the LLM (no
 * reason to send debtor data out). Any LLM failure or invalid answer falls back to the local
 * result, with a note saying so.
 */
export async function understandMessageWithLlm(
  input: MessageInput,
  options: { llm: LlmConfig; abstainThreshold?: number },
): Promise<Understanding> {
  const local = understandMessage(
    input,
    options.abstainThreshold === undefined ? {} : { abstainThreshold: options.abstainThreshold },
  );
  if (local.kind !== 'reply') return local;
  if (options.llm.mode === 'second_opinion' && !local.abstained) return local;
  const threshold = options.abstainThreshold ?? 0.6;
  try {
    const answer = await classifyWithLlm({ reply: local.reply, subject: input.subject }, options.llm);
    const [reason, ...secondary] = byPriority([answer.reason, ...answer.secondary]);
    // Quotes must come from the reply itself: a model cannot put words in the debtor's mouth.
    const phrases = answer.phrases.filter((phrase) => phrase.trim() !== '' && local.reply.includes(phrase));
    const abstained = answer.confidence < threshold;
    const notes = [
      options.llm.mode === 'second_opinion'
        ? `second opinion: local model abstained (${local.reason} ${local.confidence.toFixed(2)})`
        : undefined,
      abstained
        ? `abstained: confidence ${answer.confidence.toFixed(2)} below threshold ${threshold.toFixed(2)}`
        : undefined,
    ].filter((note) => note !== undefined);
    return {
      ...local,
      reason: reason!,
      secondary,
      confidence: answer.confidence,
      abstained,
      explanation: { phrases, ...(notes.length > 0 ? { note: notes.join('; ') } : {}) },
      model: `llm:${options.llm.model}`,
      modelVersion: options.llm.model,
    };
  } catch (error) {
    const why = error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
    const note = `LLM not used (${why.slice(0, 300)}); local model decided`;
    return {
      ...local,
      explanation: {
        ...local.explanation,
        note: local.explanation.note ? `${local.explanation.note}; ${note}` : note,
      },
    };
  }
}
