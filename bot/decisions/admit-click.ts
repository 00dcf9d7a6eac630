import type { SlackDeps } from '../server/slack-deps.ts';
import { authorizeClick } from './authorize-click.ts';
import { queueEphemeral } from './queue-ephemeral.ts';

/**
 * authorizeClick for a handler whose only note to the clicker would be the refusal: the id to
 * act on, or null once the refusal is queued.
 */
export async function admitClick(
  options: Parameters<typeof authorizeClick>[0] & { deps: Pick<SlackDeps, 'db'> },
): Promise<string | null> {
  const click = await authorizeClick(options);
  if (click && 'refusal' in click)
    await queueEphemeral({ db: options.deps.db, click: options.body, text: click.refusal });
  return click && 'id' in click ? click.id : null;
}
