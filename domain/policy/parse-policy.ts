import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import {
  type CollectionsPolicy,
  DEFAULT_POLICY,
  type LadderStep,
  ZCollectionsPolicy,
} from './collections-policy.ts';

/**
 * Validates a policy read from JSON. Sections and fields that are left out keep their default
 * (objects merge field by field; a list such as ladder.steps replaces the default as a whole), so
 * a file can hold only what the company changes. Unknown keys are refused: a typo must not
 * silently fall back to a default.
 */
export function parsePolicy(json: unknown): CollectionsPolicy {
  if (json !== undefined && !isPlainObject(json)) {
    throw new AppError(
      'POLICY_INVALID',
      'The collections policy must be a JSON object, like policy.example.json.',
    );
  }
  const merged = mergeOver(DEFAULT_POLICY, json ?? {});
  const result = ZCollectionsPolicy.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => describeIssue(issue, merged));
    throw new AppError('POLICY_INVALID', `The collections policy is invalid: ${problems.join('; ')}.`, {
      cause: result.error,
      details: result.error.issues,
    });
  }
  const ladderProblems = checkLadder(result.data.ladder.steps);
  if (ladderProblems.length > 0) {
    throw new AppError('POLICY_INVALID', `The collections policy is invalid: ${ladderProblems.join('; ')}.`);
  }
  return result.data;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
  return `${path || '(top level)'}${stepNamed(issue.path, input)}: ${issue.message}`;
}

/** A problem inside a ladder step also names the step by its code: a finance user edits by code, not by index. */
function stepNamed(path: readonly PropertyKey[], input: unknown): string {
  if (path[0] !== 'ladder' || path[1] !== 'steps' || typeof path[2] !== 'number' || path.length < 4)
    return '';
  const ladder = isPlainObject(input) ? input.ladder : undefined;
  const steps = isPlainObject(ladder) ? ladder.steps : undefined;
  const step = Array.isArray(steps) ? steps[path[2]] : undefined;
  const code = isPlainObject(step) ? step.code : undefined;
  return typeof code === 'string' && code.length <= 64 ? ` (step "${code}")` : '';
}

/**
 * Rules across steps that a field schema cannot express. For consumers the law requires the
 * 14-day letter stating the costs before anything that costs money (art. 6:96 lid 6 BW).
 */
function checkLadder(steps: readonly LadderStep[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, step] of steps.entries()) {
    if (seen.has(step.code))
      problems.push(`ladder.steps[${index}].code: "${step.code}" is used twice; codes must be unique`);
    seen.add(step.code);
  }
  for (const kind of ['company', 'consumer'] as const) {
    const own = steps.filter((step) => step.appliesTo === 'all' || step.appliesTo === kind);
    if (own.length === 0)
      problems.push(
        `ladder.steps: no step applies to ${kind} debtors; add one with appliesTo "all" or "${kind}"`,
      );
  }
  const consumer = steps.filter((step) => step.appliesTo !== 'company');
  const firstHandover = consumer.findIndex((step) => step.handover);
  const firstCostsLetter = consumer.findIndex((step) => step.statesCosts);
  if (firstHandover >= 0 && (firstCostsLetter < 0 || firstCostsLetter > firstHandover)) {
    problems.push(
      'ladder.steps: for consumers a step with statesCosts true (the 14-day letter) must come before the hand-over step',
    );
  }
  return problems;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeOver(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeOver(base[key], value);
  return merged;
}
