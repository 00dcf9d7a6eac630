import { createHmac } from 'node:crypto';

export interface SignedRequest {
  readonly body: string;
  readonly contentType: string;
  /** Seconds since the epoch; Slack's x-slack-request-timestamp. */
  readonly timestamp?: number;
  /** Sign with this secret (a forger's) instead of the real one. */
  readonly secret: string;
  readonly retryNum?: number;
}

/** POSTs to our server exactly as Slack does: v0 HMAC-SHA256 over "v0:<timestamp>:<body>". */
export async function postToSlackRoute(
  url: string,
  request: SignedRequest,
): Promise<{ status: number; text: string }> {
  const timestamp = request.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', request.secret).update(`v0:${timestamp}:${request.body}`).digest('hex')}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...(request.retryNum === undefined
        ? {}
        : { 'x-slack-retry-num': String(request.retryNum), 'x-slack-retry-reason': 'http_timeout' }),
    },
    body: request.body,
  });
  return { status: response.status, text: await response.text() };
}

const FORM = 'application/x-www-form-urlencoded';

/** A click on a button in a message (block_actions), as Slack posts it. */
export function buttonClick({
  actionId,
  value,
  user,
  channel = 'CFINANCE',
  triggerId = `trigger-${Math.random().toString(36).slice(2)}`,
  blockId = 'block',
}: {
  actionId: string;
  value: string;
  user: string;
  channel?: string;
  triggerId?: string;
  blockId?: string;
}): { body: string; contentType: string } {
  return interaction({
    type: 'block_actions',
    user: { id: user, username: user, name: user, team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    team: { id: 'T1', domain: 'acme' },
    channel: { id: channel, name: 'finance' },
    container: { type: 'message', message_ts: '1700000001.000100', channel_id: channel },
    message: { ts: '1700000001.000100', text: 'approval' },
    trigger_id: triggerId,
    response_url: 'http://127.0.0.1:9/unused',
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: blockId,
        value,
        action_ts: '1700000002.000000',
        text: { type: 'plain_text', text: actionId },
      },
    ],
  });
}

/** A choice in a static select in a message, with the message's state (other pickers). */
export function selectChoice({
  actionId,
  value,
  user,
  blockId,
  state = {},
  channel = 'CFINANCE',
}: {
  actionId: string;
  value: string;
  user: string;
  blockId: string;
  state?: Record<string, Record<string, unknown>>;
  channel?: string;
}): { body: string; contentType: string } {
  return interaction({
    type: 'block_actions',
    user: { id: user, username: user, name: user, team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    team: { id: 'T1', domain: 'acme' },
    channel: { id: channel, name: 'finance' },
    container: { type: 'message', message_ts: '1700000001.000100', channel_id: channel },
    message: { ts: '1700000001.000100', text: 'triage' },
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    response_url: 'http://127.0.0.1:9/unused',
    state: { values: state },
    actions: [
      {
        type: 'static_select',
        action_id: actionId,
        block_id: blockId,
        selected_option: { text: { type: 'plain_text', text: value }, value },
        action_ts: '1700000002.000000',
      },
    ],
  });
}

/** A modal submitted (view_submission) with its input values. */
export function viewSubmission({
  callbackId,
  privateMetadata,
  user,
  values,
}: {
  callbackId: string;
  privateMetadata: string;
  user: string;
  values: Record<string, Record<string, unknown>>;
}): { body: string; contentType: string } {
  return interaction({
    type: 'view_submission',
    user: { id: user, username: user, name: user, team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    team: { id: 'T1', domain: 'acme' },
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      hash: 'h',
      state: { values },
      team_id: 'T1',
      app_id: 'A1',
      bot_id: 'BBOT',
      blocks: [],
    },
  });
}

/** A slash command, form-encoded as Slack sends it. */
export function slashCommand({ command, text, user }: { command: string; text: string; user: string }): {
  body: string;
  contentType: string;
} {
  const fields = new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'acme',
    channel_id: 'CFINANCE',
    channel_name: 'finance',
    user_id: user,
    user_name: user,
    command,
    text,
    api_app_id: 'A1',
    response_url: 'http://127.0.0.1:9/unused',
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  });
  return { body: fields.toString(), contentType: FORM };
}

function interaction(payload: Record<string, unknown>): { body: string; contentType: string } {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: FORM };
}
