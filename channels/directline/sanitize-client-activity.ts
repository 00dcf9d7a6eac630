import { z } from 'zod';
import { toStorableText } from '../../domain/text/to-storable-text.ts';
import type { ActivityLimits, DirectLineActivity, DirectLineConversation } from './directline-types.ts';

const ZClientActivity = z.object({
  type: z.string().max(40),
  text: z.string().optional(),
  name: z.string().max(100).optional(),
  // A language tag (nl-NL, en): anything else is dropped rather than stored and echoed.
  locale: z
    .string()
    .max(20)
    .optional()
    .transform((locale) =>
      locale && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/u.test(locale) ? locale : undefined,
    ),
  channelData: z
    .object({ clientActivityID: z.string().max(100).optional() })
    .loose()
    .optional(),
});

export type SanitizedActivity =
  | { readonly ok: true; readonly activity: DirectLineActivity }
  | { readonly ok: false; readonly message: string };

/**
 * Builds the activity we store from what a client posted, keeping only what the bot needs:
 * the type (message, or an allowed event), the text, the locale and Web Chat's clientActivityID
 * (so it can match the echo to what it sent). Who sent it comes from the token, never from the
 * client; ids, timestamps, attachments and channel data are ours or dropped. The text is data:
 * it is stored and returned as a JSON string and never interpreted. What the database cannot
 * store (NUL, lone surrogates) becomes U+FFFD here (domain/text/to-storable-text.ts), so the bot,
 * the echo and the stored log all see the same text; the database layer would do the same.
 */
export function sanitizeClientActivity({
  raw,
  conversation,
  botId,
  limits,
  now,
}: {
  raw: unknown;
  conversation: DirectLineConversation;
  botId: string;
  limits: ActivityLimits;
  now: Date;
}): SanitizedActivity {
  const parsed = ZClientActivity.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'The activity is not a Bot Framework activity object.' };
  const input = parsed.data;
  if (input.type !== 'message' && input.type !== 'event') {
    return { ok: false, message: `Activities of type "${input.type}" are not accepted; send a message.` };
  }
  if (input.type === 'event' && !limits.allowedEvents.includes(input.name ?? '')) {
    return { ok: false, message: `The event "${input.name ?? ''}" is not accepted.` };
  }
  const text = toStorableText(input.text ?? '');
  if (input.type === 'message' && text.trim().length === 0) {
    return { ok: false, message: 'The message has no text.' };
  }
  if (text.length > limits.maxTextLength) {
    return {
      ok: false,
      message: `The message is ${text.length} characters long; the limit is ${limits.maxTextLength}. Send a shorter message.`,
    };
  }
  const clientActivityID =
    input.channelData?.clientActivityID === undefined
      ? undefined
      : toStorableText(input.channelData.clientActivityID);
  return {
    ok: true,
    activity: {
      type: input.type,
      ...(input.type === 'event' ? { name: input.name } : { text, textFormat: 'plain' }),
      ...(input.locale ? { locale: input.locale } : {}),
      timestamp: now.toISOString(),
      channelId: 'directline',
      conversation: { id: conversation.id },
      from: { id: conversation.userId, role: 'user' },
      recipient: { id: botId, role: 'bot' },
      ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
    },
  };
}
