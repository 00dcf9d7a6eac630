import type { LedgerSourceName } from '../../domain/ledger/ledger-source.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';

/**
 * Records how a sync ended: its counts and success, or its error. Returns whether this failure
 * starts a failing stretch (the sync worked before, or never ran): only then is finance told, so
 * a sync that fails every quarter of an hour for a day is reported once.
 */
export async function finishLedgerSync({
  prisma,
  source,
  now,
  outcome,
}: {
  prisma: PrismaClient;
  source: LedgerSourceName;
  now: Date;
  outcome:
    | { readonly ok: true; readonly counts: Prisma.InputJsonValue }
    | { readonly ok: false; readonly error: string };
}): Promise<{ readonly startedFailing: boolean }> {
  if (outcome.ok) {
    await prisma.ledgerSyncState.upsert({
      where: { source },
      create: { source, lastRunAt: now, lastSuccessAt: now, lastCounts: outcome.counts },
      update: {
        lastRunAt: now,
        lastSuccessAt: now,
        failingSince: null,
        lastError: null,
        lastCounts: outcome.counts,
      },
    });
    return { startedFailing: false };
  }
  const [row] = await prisma.$queryRawUnsafe<{ startedFailing: boolean }[]>(
    `INSERT INTO ledger_sync_state (source, last_run_at, failing_since, last_error, updated_at)
     VALUES ($1, $2, $2, $3, now())
     ON CONFLICT (source) DO UPDATE SET last_run_at = EXCLUDED.last_run_at, last_error = EXCLUDED.last_error,
            failing_since = COALESCE(ledger_sync_state.failing_since, EXCLUDED.failing_since), updated_at = now()
     RETURNING failing_since = $2 AS "startedFailing"`,
    source,
    now,
    outcome.error,
  );
  return { startedFailing: row?.startedFailing ?? false };
}
