import { App, LogLevel, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from './read-slack-config.ts';
import { SlackRouteReceiver } from './slack-route-receiver.ts';

export interface SlackApp {
  readonly app: App;
  /** Set for HTTP mode: mount its handle() on the events/interactivity route. */
  readonly receiver: SlackRouteReceiver | null;
  /** Set for Socket Mode: started and stopped as a service of `collections serve`. */
  readonly socket: SocketModeReceiver | null;
  /** The Web API client; its base URL is SLACK_API_URL. */
  readonly client: webApi.WebClient;
}

/**
 * The Bolt app, over HTTP on our server (default) or over Socket Mode. Authorization returns
 * the configured bot token without calling auth.test, so a click is recorded even while Slack's
 * API is unreachable (the outbox delivers the answer later). Either way the same handlers run.
 */
export function createSlackApp({
  config,
  log,
  now,
}: {
  config: SlackConfig;
  log: (line: string) => void;
  now?: () => number;
}): SlackApp {
  const clientOptions = { slackApiUrl: config.apiUrl, retryConfig: { retries: 0 } };
  const authorize = async () => ({ botToken: config.botToken });
  const logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (...message: unknown[]) => log(`slack: ${message.join(' ')}`),
    error: (...message: unknown[]) => log(`slack: ${message.join(' ')}`),
    setLevel: () => undefined,
    getLevel: () => LogLevel.WARN,
    setName: () => undefined,
  };
  const client = new webApi.WebClient(config.botToken, clientOptions);
  if (config.socketMode && config.appToken) {
    // Bolt's own socketMode flag would build a receiver whose apps.connections.open ignores
    // clientOptions; built here it opens the connection on SLACK_API_URL like every other call.
    const socket = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
    });
    const app = new App({ receiver: socket, authorize, clientOptions, logger });
    return { app, receiver: null, socket, client };
  }
  if (!config.signingSecret) throw new Error('SLACK_SIGNING_SECRET is required outside Socket Mode');
  const receiver = new SlackRouteReceiver({
    signingSecret: config.signingSecret,
    log,
    ...(now ? { now } : {}),
  });
  const app = new App({ receiver, authorize, clientOptions, logger });
  return { app, receiver, socket: null, client };
}
