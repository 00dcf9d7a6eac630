import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import { BodyTooLargeError, readLimitedBody } from '../../channels/http/read-limited-body.ts';
import type { ChannelCapabilities } from '../server/read-channel-capabilities.ts';
import type { HttpRoute } from '../server/service.ts';
import { textsFor } from './chat-texts.ts';
import type { ChatConfig } from './read-chat-config.ts';

export const BOT_FRAMEWORK_PATH = '/api/messages';
const MAX_BODY_BYTES = 64 * 1024;

/**
 * The same bot behind Azure Bot Service: botbuilder's CloudAdapter at POST /api/messages,
 * authenticating the Bot Connector's JWT with the app id and password from configuration and
 * replying to the activity's serviceUrl. Without an app id, authentication is off (the
 * Bot Framework Emulator, tests); `collections serve` mounts the route only with an app id.
 */
export function createBotFrameworkRoute({
  bot,
  credentials,
  log,
  capabilities,
}: {
  bot: ActivityHandler;
  credentials: ChatConfig['botFramework'];
  log: (line: string) => void;
  capabilities: ChannelCapabilities;
}): { route: HttpRoute; adapter: CloudAdapter } {
  const auth = new ConfigurationBotFrameworkAuthentication(
    credentials
      ? { MicrosoftAppId: credentials.appId, MicrosoftAppTenantId: credentials.tenantId || undefined }
      : {},
    new ConfigurationServiceClientCredentialFactory(
      credentials
        ? {
            MicrosoftAppId: credentials.appId,
            MicrosoftAppPassword: credentials.appPassword,
            MicrosoftAppType: credentials.appType,
            MicrosoftAppTenantId: credentials.tenantId || undefined,
          }
        : {},
    ),
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log(`chat (bot framework): turn failed: ${error.stack ?? error.message}`);
    await context
      .sendActivity(textsFor(context.activity.locale?.startsWith('nl') ? 'nl' : 'en', capabilities).sorry)
      .catch(() => undefined);
  };
  const route: HttpRoute = {
    method: 'POST',
    path: BOT_FRAMEWORK_PATH,
    handle: async (request: IncomingMessage, response: ServerResponse) => {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse((await readLimitedBody(request, MAX_BODY_BYTES)).toString('utf8')) as Record<
          string,
          unknown
        >;
      } catch (error) {
        response.writeHead(error instanceof BodyTooLargeError ? 413 : 400).end();
        return;
      }
      try {
        await adapter.process(
          { body, headers: request.headers as Record<string, string>, method: request.method },
          toBotResponse(response),
          (context) => bot.run(context),
        );
      } catch (error) {
        // botbuilder checks the activity's shape with zod and throws outside its own handler.
        if ((error as Error).name !== 'ZodError') throw error;
        response.writeHead(400).end();
      }
    },
  };
  return { route, adapter };
}

/** The restify/express-like response object CloudAdapter writes to, over node:http. */
function toBotResponse(response: ServerResponse) {
  return {
    socket: response.socket,
    status(code: number) {
      response.statusCode = code;
      return this;
    },
    header(name: string, value: unknown) {
      response.setHeader(name, String(value));
      return this;
    },
    send(body?: unknown) {
      // On a refusal or failure CloudAdapter sends its error's message (token and app id details,
      // library internals); it logs that itself, and the client gets the status alone.
      if (response.statusCode >= 400) return this;
      if (body !== undefined && body !== null) {
        if (!response.hasHeader('content-type')) response.setHeader('content-type', 'application/json');
        response.write(typeof body === 'string' ? body : JSON.stringify(body));
      }
      return this;
    },
    end() {
      response.end();
      return this;
    },
  };
}
