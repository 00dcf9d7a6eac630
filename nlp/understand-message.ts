import type { Entities, MessageInput, Understanding } from '../domain/messages/understanding.ts';
import { classifyReason } from './classifier/classify-reason.ts';
import { extractEntities } from './entities/extract-entities.ts';
import { extractReply } from './extract/extract-reply.ts';
import { detectPersonRequest } from './intent/detect-person-request.ts';
import { detectMessageKind } from './kind/detect-message-kind.ts';
import { detectLanguage } from './language/detect-language.ts';
import { limitMessageInput } from './limit-message-input.ts';
import { readNlpConfig } from './read-nlp-config.ts';

export const KIND_MODEL = 'message-kind-rules';
export const LOCAL_MODEL = 'local-reason-classifier';

const NO_ENTITIES: Entities = {
  amounts: [],
  dates: [],
  invoiceNumbers: [],
  poNumbers: [],
  ibans: [],
  instalments: [],
};

let envThreshold: number | undefined;

/** NLP_ABSTAIN_THRESHOLD, read and validated once per process. */
function defaultAbstainThreshold(): number {
  envThreshold ??= readNlpConfig(process.env).abstainThreshold;
  return envThreshold;
}

/**
 * Understands one inbound message offline and synchronously: kind first (a bounce has no reason,
 * an automatic reply needs no classifier), then the debtor's own words (quoted history cut off),
 * their language, the reason and the entities. Below the abstain threshold (NLP_ABSTAIN_THRESHOLD,
 * default 0.6) `abstained` is true: a person decides. Reads at most MAX_UNDERSTOOD_TEXT_CHARS of
 * text (limitMessageInput), so the cost of one message is bounded whatever its size.
 */
export function understandMessage(
  message: MessageInput,
  options: { abstainThreshold?: number } = {},
): Understanding {
  const input = limitMessageInput(message);
  const abstainThreshold = options.abstainThreshold ?? defaultAbstainThreshold();
  const kind = detectMessageKind({
    headers: input.headers,
    subject: input.subject,
    text: input.text,
    contentType: input.headers?.['content-type'],
    receivedAt: input.receivedAt,
  });
  const reply = extractReply({ text: input.replyText ?? input.text, html: input.html });
  const language = detectLanguage(reply.trim() === '' ? input.text : reply);
  if (kind.kind === 'bounce') {
    return {
      kind: 'bounce',
      reason: null,
      secondary: [],
      confidence: 1,
      abstained: false,
      language,
      reply,
      entities: NO_ENTITIES,
      explanation: { phrases: [], note: `bounce: ${kind.evidence.join('; ')}` },
      model: KIND_MODEL,
      modelVersion: '1',
    };
  }
  const entities = extractEntities(reply, {
    ...(input.receivedAt ? { receivedAt: input.receivedAt } : {}),
    language,
  });
  if (kind.kind === 'auto_reply') {
    return {
      kind: 'auto_reply',
      reason: 'auto_reply',
      secondary: [],
      confidence: 1,
      abstained: false,
      language,
      reply,
      entities,
      explanation: {
        phrases: [],
        note: `automatic reply: ${kind.evidence.join('; ')}${kind.returnDate ? `; back on ${kind.returnDate}` : ''}`,
      },
      model: KIND_MODEL,
      modelVersion: '1',
    };
  }
  // Some replies are nothing but a subject line ("Betaald!"): classify the subject then.
  const classified = classifyReason(reply.trim() === '' ? (input.subject ?? '') : reply, {
    abstainThreshold,
  });
  // Only the debtor's own words: our quoted reminder ("bel ons gerust") must not ask for anyone.
  const asksForPerson = detectPersonRequest(reply);
  return {
    kind: 'reply',
    reason: classified.reason,
    secondary: classified.secondary,
    confidence: Math.round(classified.confidence * 1000) / 1000,
    abstained: classified.abstained,
    ...(asksForPerson ? { asksForPerson: true } : {}),
    language,
    reply,
    entities,
    explanation: {
      phrases: classified.phrases,
      ...(classified.instructed
        ? {
            note: 'abstained: the text gives instructions to the system instead of a reason; a person decides',
          }
        : classified.abstained
          ? {
              note: `abstained: confidence ${classified.confidence.toFixed(2)} below threshold ${abstainThreshold.toFixed(2)}`,
            }
          : {}),
    },
    model: LOCAL_MODEL,
    modelVersion: classified.modelVersion,
  };
}
