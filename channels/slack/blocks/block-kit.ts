import type { types } from '@slack/bolt';

/** Block Kit types as Bolt ships them (from @slack/types), named once for our renderers. */
export type KnownBlock = types.KnownBlock;
export type View = types.View;
export type PlainTextOption = types.PlainTextOption;
