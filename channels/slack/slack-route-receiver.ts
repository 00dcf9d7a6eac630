import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type App,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';

/** Slack's rule: a signed request older (or newer) than five minutes is a replay. */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

export interface SlackRouteReceiverOptions {
  readonly signingSecret: string;
  readonly log: (line: string) => void;
  /** Clock for the replay window; tests move it. */
  readonly now?: () => number;
}

/**
 * Bolt's Receiver for routes on our own node:http server (bot/server), instead of a server of
 * Bolt's own: `collections serve` has one port for health, Slack and the other channels.
 * Requests are verified (HMAC signature and the five-minute window, both directions) before
 * Bolt sees them. Bolt processes the event before the response is written
 * (processBeforeResponse), which is safe because handlers only touch the database and queue
 * Slack calls in the outbox: they answer well within Slack's three seconds.
 */
export class SlackRouteReceiver implements Receiver {
  private app: App | null = null;
  private readonly logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (...message: unknown[]) => this.options.log(`slack: ${message.join(' ')}`),
    error: (...message: unknown[]) => this.options.log(`slack: ${message.join(' ')}`),
    setLevel: () => undefined,
    getLevel: () => 'warn' as never,
    setName: () => undefined,
  };

  constructor(private readonly options: SlackRouteReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  /** The HTTP server is ours; nothing to start. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Handles one request from Slack (events, interactivity, slash commands, options). */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const app = this.app;
    if (!app) throw new Error('SlackRouteReceiver used before Bolt initialised it');
    let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.parseAndVerifyHTTPRequest>>;
    try {
      this.assertFresh(request);
      buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest(
        { enabled: true, signingSecret: this.options.signingSecret, logger: this.logger },
        request,
      );
    } catch (error) {
      if (HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413) {
        HTTPModuleFunctions.buildNoBodyResponse(response, 413);
        return;
      }
      this.options.log(`slack: refused request: ${(error as Error).message}`);
      HTTPModuleFunctions.buildNoBodyResponse(response, 401);
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
    } catch (error) {
      this.options.log(`slack: malformed request body: ${(error as Error).message}`);
      HTTPModuleFunctions.buildNoBodyResponse(response, 400);
      return;
    }
    if (body.ssl_check === '1') return HTTPModuleFunctions.buildSSLCheckResponse(response);
    if (body.type === 'url_verification')
      return HTTPModuleFunctions.buildUrlVerificationResponse(response, body);
    const ack = new HTTPResponseAck({
      logger: this.logger,
      processBeforeResponse: true,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: response,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(request),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(request),
    };
    try {
      await app.processEvent(event);
      if (ack.storedResponse !== undefined)
        HTTPModuleFunctions.buildContentResponse(response, ack.storedResponse);
    } catch (error) {
      const acknowledged = await HTTPModuleFunctions.defaultProcessEventErrorHandler({
        error: error as Error,
        logger: this.logger,
        request,
        response,
        storedResponse: ack.storedResponse,
      });
      if (acknowledged) ack.ack();
    }
  }

  /** Bolt only refuses old timestamps; a timestamp far in the future is a replay waiting to happen. */
  private assertFresh(request: IncomingMessage): void {
    const header = request.headers['x-slack-request-timestamp'];
    const sent = Number(Array.isArray(header) ? header[0] : header);
    const now = Math.floor((this.options.now?.() ?? Date.now()) / 1000);
    if (!Number.isFinite(sent) || Math.abs(now - sent) > MAX_REQUEST_AGE_SECONDS) {
      throw new Error(
        `x-slack-request-timestamp ${header ?? '(missing)'} is more than ${MAX_REQUEST_AGE_SECONDS} seconds from now`,
      );
    }
  }
}
