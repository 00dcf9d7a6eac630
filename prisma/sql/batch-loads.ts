/**
 * Collects the keys asked for while the current round of work runs, then loads them all with
 * one query (the DataLoader pattern): a chunk of 200 mails matched concurrently costs one query
 * per kind of lookup and round instead of one per mail. Answers are remembered for the loader's
 * lifetime, so create one per chunk (or per mail) and drop it after.
 */
export function batchLoads<K, V>(
  loadMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
): (key: K) => Promise<V | undefined> {
  const known = new Map<K, Promise<V | undefined>>();
  let pending: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    loadMany(batch.map((entry) => entry.key)).then(
      (found) => {
        for (const entry of batch) entry.resolve(found.get(entry.key));
      },
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  };
  return (key) => {
    const cached = known.get(key);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => {
      // setImmediate runs after every microtask: all mails of the chunk have asked by then.
      if (pending.length === 0) setImmediate(flush);
      pending.push({ key, resolve, reject });
    });
    known.set(key, promise);
    return promise;
  };
}
