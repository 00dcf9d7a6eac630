import type { LedgerHealth } from '../../../domain/ledger/ledger-health.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { CONSOLE_PAGE_STRINGS } from './console-page-strings.ts';
import { renderConsoleSection } from './render-console-section.ts';
import { renderConsoleShell } from './render-console-shell.ts';
import { renderConsoleTable } from './render-console-table.ts';
import { renderLedgerHealth } from './render-ledger-health.ts';

/** A part of the installation (bot/console/describe-configuration.ts gives these). */
export interface HealthPart {
  readonly part: string;
  readonly configured: boolean;
  readonly facts: readonly string[];
}

/** A scheduled job (bot/schedule/read-schedule.ts gives these). */
export interface HealthJob {
  readonly job: string;
  readonly description: string;
  readonly schedule: string;
  readonly enabled: boolean;
  readonly reason: string | null;
  readonly next: { readonly at: string; readonly owed: boolean } | null;
  readonly lastRun: {
    readonly status: string;
    readonly attempts: number;
    readonly startedAt: string;
    readonly finishedAt: string | null;
    readonly error: string | null;
  } | null;
}

/** One outbox's counts (prisma/outbox/read-queue-metrics.ts gives these). */
export interface HealthQueue {
  readonly queue: string;
  readonly due: number;
  readonly waiting: number;
  readonly leased: number;
  readonly dead: number;
}

export type HealthNotice =
  | { readonly code: 'retried'; readonly count: number; readonly queue: string }
  | { readonly code: 'nothing_to_retry' | 'invalid_retry' };

/** A row an outbox gave up on (prisma/outbox/load-failed-outbox-items.ts gives these). */
export interface HealthFailedItem {
  readonly queue: string;
  readonly key: string;
  readonly attempts: number;
  readonly deadAt: Date;
  readonly lastError: string | null;
}

/**
 * /console/health: what is set up (no secrets: describeConfiguration gives none), each scheduled
 * job's next and last run (readSchedule, as `collections schedule`), and per outbox what is queued
 * and what failed (as `collections queues`), with the failed items and their last error.
 */
export function renderHealthPage({
  language,
  companyName,
  configuration,
  schedule,
  queues,
  failed,
  signedIn,
  canRetry = false,
  notice = null,
  ledger = [],
}: {
  language: PageLanguage;
  companyName: string;
  configuration: readonly HealthPart[];
  schedule: readonly HealthJob[];
  queues: readonly HealthQueue[];
  failed: readonly HealthFailedItem[];
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
  /** Finance and admin: a Retry button per failed item and per queue. */
  canRetry?: boolean;
  /** What the last retry stored. */
  notice?: HealthNotice | null;
  /** Ledger connections and syncs: a revoked grant or a failing sync, as finance is told in Slack. */
  ledger?: readonly LedgerHealth[];
}): string {
  const t = CONSOLE_PAGE_STRINGS[language];
  const f = consoleFormats(language);
  const e = escapeHtml;
  const table = renderConsoleTable;
  const section = renderConsoleSection;

  const parts = table(
    t.configured,
    [t.part, t.status, t.details],
    configuration.map((part) => [
      e(t.parts[part.part] ?? part.part),
      part.part === 'ledger'
        ? e(t.ledgerNote)
        : part.configured
          ? `<span class="tag ok">${e(t.on)}</span>`
          : `<span class="tag warn">${e(t.off)}</span>`,
      e(
        part.configured || part.part === 'ledger'
          ? part.facts.join(' · ')
          : `${t.needs}: ${part.facts.join(', ')}`,
      ),
    ]),
  );
  const jobs = table(
    t.schedule,
    [t.job, t.when, t.nextRun, t.lastRun, t.attempts, t.error],
    schedule.map((job) => {
      const run = job.lastRun;
      return [
        `<strong>${e(job.job)}</strong><br><span class="muted">${e(job.description)}</span>`,
        e(job.schedule),
        !job.enabled
          ? `<span class="tag warn">${e(t.notRun(job.reason ?? ''))}</span>`
          : job.next
            ? `${e(f.instant(new Date(job.next.at)))}${job.next.owed ? ` <span class="tag warn">${e(t.owed)}</span>` : ''}`
            : e(t.whileServing),
        run
          ? `${e(f.instant(new Date(run.finishedAt ?? run.startedAt)))} · ${run.status === 'done' ? e(run.status) : `<span class="tag warn">${e(run.status)}</span>`}`
          : e(job.next ? t.never : '–'),
        run ? String(run.attempts) : '–',
        run?.error ? `<span class="error">${e(run.error.split('\n')[0]!)}</span>` : '–',
      ];
    }),
    [4],
  );
  const outboxes = table(
    t.outboxes,
    [t.queue, t.queued, t.failed],
    queues.map((q) => [
      e(q.queue),
      String(q.due + q.waiting + q.leased),
      q.dead > 0 ? `<span class="tag warn">${q.dead}</span>` : '0',
    ]),
    [1, 2],
  );
  const csrf = `<input type="hidden" name="csrf" value="${e(signedIn.csrf)}">`;
  const retryForm = (queue: string, keys: readonly string[], label: string, primary: boolean) =>
    `<form method="post" action="/console/health/retry" class="decide">${csrf}<input type="hidden" name="queue" value="${e(queue)}">${keys.map((key) => `<input type="hidden" name="key" value="${e(key)}">`).join('')}<button type="submit"${primary ? ' class="primary"' : ''} aria-label="${e(label)}">${e(primary ? label : t.retry)}</button></form>`;
  const byQueue = new Map<string, string[]>();
  for (const item of failed) byQueue.set(item.queue, [...(byQueue.get(item.queue) ?? []), item.key]);
  const failedItems =
    failed.length === 0
      ? `<p class="muted">${e(t.noFailed)}</p>`
      : `${table(
          t.failedItems,
          [t.queue, t.key, t.attempts, t.failedAt, t.error, ...(canRetry ? [t.retry] : [])],
          failed.map((item) => [
            e(item.queue),
            `<code>${e(item.key)}</code>`,
            String(item.attempts),
            e(f.instant(item.deadAt)),
            `<span class="error">${e(item.lastError ?? '–')}</span>`,
            ...(canRetry
              ? [retryForm(item.queue, [item.key], `${t.retry}: ${item.queue} ${item.key}`, false)]
              : []),
          ]),
          [2],
        )}${
          canRetry
            ? [...byQueue]
                .filter(([, keys]) => keys.length > 1)
                .map(([queue, keys]) => retryForm(queue, keys, t.retryAll(queue, keys.length), true))
                .join('')
            : ''
        }`;
  const noticeHtml = !notice
    ? ''
    : notice.code === 'retried'
      ? `<p class="notice ok" role="status">${e(t.retried(notice.count, notice.queue))}</p>`
      : `<p class="notice error" role="alert">${e(notice.code === 'nothing_to_retry' ? t.nothingToRetry : t.invalidRetry)}</p>`;
  const body = `<h1>${e(t.healthTitle)}</h1>
${noticeHtml}
${section('h-config', t.configured, parts)}
${renderLedgerHealth(ledger, language)}
${section('h-schedule', t.schedule, jobs)}
${section('h-outboxes', t.outboxes, outboxes)}
${section('h-failed', t.failedItems, `${failedItems}<p class="muted">${e(canRetry ? t.retryNote : t.retryNoteReadOnly)}</p>`)}`;
  return renderConsoleShell({
    language,
    title: t.health,
    companyName,
    path: '/console/health',
    signedIn,
    body,
  });
}
