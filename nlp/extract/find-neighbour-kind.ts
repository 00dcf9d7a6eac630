import type { ReplyLineKind } from './reply-line-kind.ts';

/** The kind of the nearest line with text before (step -1) or after (step 1) `index`. */
export function neighbourKind(
  kinds: readonly ReplyLineKind[],
  index: number,
  step: 1 | -1,
): ReplyLineKind | undefined {
  let j = index + step;
  while (kinds[j] === 'e') j += step;
  return kinds[j];
}
