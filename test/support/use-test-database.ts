import { afterAll, beforeAll } from 'vitest';
import { createLateBound } from './create-late-bound.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/**
 * A fresh, migrated test database (createTestDatabase) for the tests of one file or `describe`:
 * made before them, closed and dropped after them. A `beforeAll` registered after this call runs
 * after it and may seed through the returned database.
 */
export function useTestDatabase(): TestDatabase {
  const db = createLateBound<TestDatabase>('the test database');
  let made: TestDatabase | undefined;
  beforeAll(async () => {
    made = await createTestDatabase();
    db.set(made);
  }, 120_000);
  afterAll(async () => {
    await made?.close();
    made = undefined;
  });
  return db.value;
}
