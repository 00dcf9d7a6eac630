import { formatEur } from '../../../domain/policy/format-eur.ts';

/** Text from a debtor or a database row, made safe for Slack mrkdwn (no pings, no fake links). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts already escaped mrkdwn to at most `max` characters without splitting an entity such as
 * &amp;: Slack refuses a section text over 3000 characters, and escaping can make text longer.
 */
export function clip(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  return `${escaped.slice(0, max - 1).replace(/&[a-z]*$/, '')}…`;
}

/** The debtor's text as a quote of at most `max` characters, escaped. */
export function quote(text: string, max = 1200): string {
  const quoted = text
    .split('\n')
    .map((line) => `>${escapeMrkdwn(line)}`)
    .join('\n');
  return clip(quoted, max);
}

export const eur = formatEur;

export function age(daysOverdue: number): string {
  if (daysOverdue <= 0) return 'not yet due';
  return `${daysOverdue} day${daysOverdue === 1 ? '' : 's'} overdue`;
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** "<@U123>" for Slack user ids, the text itself for anything else (an e-mail, "system"). */
export function mention(actor: string | null): string {
  if (!actor) return 'someone';
  const id = actor.replace(/^slack:/, '');
  return /^[UW][A-Z0-9]+$/.test(id) ? `<@${id}>` : escapeMrkdwn(actor);
}
