import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';

/**
 * The explanation column of a classification (the entities column is read with ZEntities of
 * domain/messages/understanding.ts); parsed where it is read back.
 */
const ZExplanation = z.object({ phrases: z.array(z.string()), note: z.string().optional() });

/** The phrases that drove a classification, for the person who reads it. */
export function parseClassificationPhrases({
  id,
  explanation,
}: {
  id: string;
  explanation: unknown;
}): string[] {
  return parseColumn({ id, column: 'explanation', schema: ZExplanation, value: explanation }).phrases;
}

function parseColumn<T>({
  id,
  column,
  schema,
  value,
}: {
  id: string;
  column: string;
  schema: z.ZodType<T>;
  value: unknown;
}): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${[column, ...issue.path].join('.')}: ${issue.message}`);
  throw new AppError('DATA_INVALID', `Classification ${id} is stored with ${fields.join('; ')}.`, {
    cause: parsed.error,
  });
}
