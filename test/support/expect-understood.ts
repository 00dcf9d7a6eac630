import { expect } from 'vitest';
import { prepareInboundEmail } from '../../bot/inbound/prepare-inbound-email.ts';
import { DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import type { ReasonCode } from '../../domain/reasons.ts';
import { readNlpConfig } from '../../nlp/read-nlp-config.ts';

/**
 * A test's precondition on a sample mail it sends through the real pipeline: the shipped model
 * must read it as `reason`, confidently enough that neither the classifier abstains nor the
 * policy sends it to a person. What such a test checks (who may be answered, what chunking
 * stores) is not the model; when a new model reads a sample otherwise, this fails first and says
 * which sample to replace, instead of the test failing somewhere downstream for no visible reason.
 * Read the way the pipeline reads it (prepareInboundEmail: the parsed mail, quoted text cut).
 */
export async function expectUnderstood({
  raw,
  reason,
  now = new Date(),
}: {
  /** The mail as the test sends it (buildEml). */
  raw: string | Buffer;
  reason: ReasonCode;
  now?: Date;
}): Promise<void> {
  const { email, understanding } = await prepareInboundEmail({
    raw: Buffer.isBuffer(raw) ? raw : Buffer.from(raw),
    now,
    understand: true,
  });
  const threshold = Math.max(
    DEFAULT_POLICY.understanding.minConfidence,
    readNlpConfig(process.env).abstainThreshold,
  );
  const read = understanding!;
  expect(
    read.reason === reason && !read.abstained && read.confidence >= threshold,
    `sample mail "${email.text.trim().slice(0, 120)}" must be understood as ${reason} with confidence >= ${threshold} ` +
      `by the shipped model (${read.modelVersion}); it reads as ${read.reason} with ${read.confidence}` +
      `${read.abstained ? ' (abstained)' : ''}: pick another sample text that says ${reason} unambiguously`,
  ).toBe(true);
}
