import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';

/**
 * The two JSON columns of a classification, as nlp/understanding.ts's Entities and Explanation
 * store them (and a chat dialog's payment reference); parsed where they are read back.
 */
const ZEntities = z.object({
  amounts: z.array(z.object({ cents: z.number().int(), currency: z.literal('EUR'), text: z.string() })),
  dates: z.array(z.object({ date: z.iso.date(), text: z.string() })),
  invoiceNumbers: z.array(z.string()),
  poNumbers: z.array(z.string()),
  ibans: z.array(z.string()),
  instalments: z.array(
    z.object({
      count: z.number().int().nullable(),
      amountCents: z.number().int().nullable(),
      period: z.enum(['week', 'month']).nullable(),
      text: z.string(),
    }),
  ),
});

const ZExplanation = z.object({ phrases: z.array(z.string()), note: z.string().optional() });

export type StoredEntities = z.infer<typeof ZEntities>;

/** A classification's entities; a row that does not parse is DATA_INVALID naming it and the field. */
export function parseClassificationEntities({
  id,
  entities,
}: {
  id: string;
  entities: unknown;
}): StoredEntities {
  return parseColumn({ id, column: 'entities', schema: ZEntities, value: entities });
}

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
