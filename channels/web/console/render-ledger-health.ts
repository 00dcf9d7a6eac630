import type { LedgerHealth } from '../../../domain/ledger/ledger-health.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { renderConsoleSection } from './render-console-section.ts';
import { renderConsoleTable } from './render-console-table.ts';

const STRINGS = {
  nl: {
    title: 'Boekhouding',
    source: 'Bron',
    connection: 'Koppeling',
    sync: 'Synchronisatie',
    none: 'geen (import)',
    connected: (administration: string) => `gekoppeld (administratie ${administration})`,
    revoked: (at: string, reason: string) => `ingetrokken op ${at}: ${reason}`,
    reconnect: (source: string) => `Koppel opnieuw met: collections connect ${source}`,
    ok: (at: string) => `laatst gelukt ${at}`,
    never: 'nog niet gelukt',
    failing: (since: string, error: string) => `mislukt sinds ${since}: ${error}`,
  },
  en: {
    title: 'Ledger',
    source: 'Source',
    connection: 'Connection',
    sync: 'Sync',
    none: 'none (import)',
    connected: (administration: string) => `connected (administration ${administration})`,
    revoked: (at: string, reason: string) => `revoked on ${at}: ${reason}`,
    reconnect: (source: string) => `Reconnect with: collections connect ${source}`,
    ok: (at: string) => `last succeeded ${at}`,
    never: 'not succeeded yet',
    failing: (since: string, error: string) => `failing since ${since}: ${error}`,
  },
} as const;

/**
 * The health page's ledger section: each source's connection (a revoked grant with its reason and
 * the command that reconnects it) and its sync (a failing one with its error). Empty when no
 * source was ever connected or synced (the configuration table says how ledger data come in).
 */
export function renderLedgerHealth(ledger: readonly LedgerHealth[], language: PageLanguage): string {
  if (ledger.length === 0) return '';
  const t = STRINGS[language];
  const f = consoleFormats(language);
  const e = escapeHtml;
  const warn = (text: string) => `<span class="tag warn">${e(text)}</span>`;
  const rows = ledger.map((l) => {
    const c = l.connection;
    const connection = !c
      ? e(t.none)
      : c.status === 'revoked'
        ? `${warn(t.revoked(c.revokedAt ? f.instant(c.revokedAt) : '?', c.revokedReason ?? '?'))}<br>${e(t.reconnect(l.source))}`
        : e(t.connected(c.administration));
    const sync = l.failingSince
      ? warn(t.failing(f.instant(l.failingSince), l.lastError ?? '?'))
      : e(l.lastSuccessAt ? t.ok(f.instant(l.lastSuccessAt)) : t.never);
    return [`<strong>${e(l.source)}</strong>`, connection, sync];
  });
  return renderConsoleSection(
    'h-ledger',
    t.title,
    renderConsoleTable(t.title, [t.source, t.connection, t.sync], rows),
  );
}
