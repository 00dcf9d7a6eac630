import type { Understanding } from '../../domain/messages/understanding.ts';

/**
 * The contract's nine fields. `abstained`, `model` and `modelVersion` travel inside
 * `explanation` so the top level stays exactly what other tools parse.
 */
export function toOutputLine(id: string | number, understanding: Understanding): object {
  return {
    id,
    kind: understanding.kind,
    reason: understanding.reason,
    secondary: understanding.secondary,
    confidence: understanding.confidence,
    language: understanding.language,
    reply: understanding.reply,
    entities: understanding.entities,
    explanation: {
      ...understanding.explanation,
      abstained: understanding.abstained,
      ...(understanding.asksForPerson ? { asksForPerson: true } : {}),
      model: understanding.model,
      modelVersion: understanding.modelVersion,
    },
  };
}

export function errorLine(id: string | number | null, line: number, message: string): object {
  return { id, line, error: { code: 'INPUT_INVALID', message } };
}
