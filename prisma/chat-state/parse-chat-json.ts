import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';

/** directline_activity.activity: a Bot Framework activity, any fields, with our id once stored. */
const ZActivity = z.looseObject({ id: z.string().optional() });

/** chat_state.document: botbuilder's dialog state, an object of whatever the dialogs keep. */
const ZDocument = z.record(z.string(), z.unknown());

/** A stored Direct Line activity; a row that is not an object is DATA_INVALID naming it. */
export function parseStoredActivity({ where, activity }: { where: string; activity: unknown }) {
  const parsed = ZActivity.safeParse(activity);
  if (parsed.success) return parsed.data;
  throw new AppError(
    'DATA_INVALID',
    `Direct Line activity ${where} is stored as something else than an activity.`,
    {
      cause: parsed.error,
    },
  );
}

/** A stored chat state document; a row that is not an object is DATA_INVALID naming its key. */
export function parseChatDocument({
  key,
  document,
}: {
  key: string;
  document: unknown;
}): Record<string, unknown> {
  const parsed = ZDocument.safeParse(document);
  if (parsed.success) return parsed.data;
  throw new AppError('DATA_INVALID', `Chat state ${key} is stored as something else than an object.`, {
    cause: parsed.error,
  });
}
