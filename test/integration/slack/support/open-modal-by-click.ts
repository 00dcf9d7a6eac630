import { expect } from 'vitest';
import { buttonClick, postToSlackRoute, viewSubmission } from './slack-requests.ts';
import { SIGNING_SECRET, type SlackHarness } from './start-slack-harness.ts';

type Click = Parameters<typeof buttonClick>[0];
type ModalValues = Parameters<typeof viewSubmission>[0]['values'];

/** A modal our server had Slack open, and a way to submit it as Slack does. */
export interface OpenedModal {
  /** The view our server passed to views.open. */
  readonly view: Record<string, unknown>;
  /** Submits the modal with these values, by the clicker unless `user` says who; signed as Slack signs. */
  submit(values: ModalValues, user?: string): Promise<{ status: number; text: string }>;
}

/**
 * Clicks a message button that answers with a modal and checks that our server had Slack open
 * `callbackId` for the item clicked (its private_metadata is the button's value); gives the view
 * and a `submit` for that modal. Fails the test when the click opened none.
 */
export async function openModalByClick(
  h: Pick<SlackHarness, 'url' | 'api'>,
  { click, callbackId }: { click: Click; callbackId: string },
): Promise<OpenedModal> {
  const before = h.api.callsTo('views.open').length;
  await postToSlackRoute(h.url, { ...buttonClick(click), secret: SIGNING_SECRET });
  const opened = h.api.callsTo('views.open');
  expect(opened, `clicking ${click.actionId} opens a modal`).toHaveLength(before + 1);
  const view = opened.at(-1)!.args.view as Record<string, unknown>;
  expect(view).toMatchObject({ callback_id: callbackId, private_metadata: click.value });
  return {
    view,
    submit: (values, user = click.user) =>
      postToSlackRoute(h.url, {
        ...viewSubmission({ callbackId, privateMetadata: click.value, user, values }),
        secret: SIGNING_SECRET,
      }),
  };
}
