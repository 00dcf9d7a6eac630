import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/** An adapter that forwards to another one, with its own executeScript and dispose. */
export function forwardAdapter(
  adapter: SqlDriverAdapter,
  own: Pick<SqlDriverAdapter, 'executeScript' | 'dispose'>,
): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: () => adapter.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    ...own,
  };
}
