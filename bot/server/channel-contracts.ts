import type { Database } from '../../prisma/open-database.ts';
import type { AppConfig } from '../config/load-config.ts';
import type { ChannelCapabilities } from './read-channel-capabilities.ts';
import type { HttpRoute, Service } from './service.ts';

/**
 * The contract between `buildChannels` and each channel builder. It lives here, beside the
 * service interface, not in the composer: a builder imports the contract, the composer imports
 * the builders, and neither imports the other back.
 */
export interface ChannelDeps {
  readonly config: AppConfig;
  readonly db: Database;
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
}

/** What each channel builder gets: the shared deps plus what the installation can do. */
export interface ChannelBuildDeps extends ChannelDeps {
  readonly capabilities: ChannelCapabilities;
}

/** What a channel contributes to `collections serve`: its workers and its HTTP routes. */
export interface ChannelParts {
  readonly services: readonly Service[];
  readonly routes: readonly HttpRoute[];
}
