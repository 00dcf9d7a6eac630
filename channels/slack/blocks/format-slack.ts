import { formatEur } from '../../../domain/policy/format-eur.ts';

/** Text from a debtor or a database row, made safe for Slack mrkdwn (no pings, no fake links). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A quote block of at most `max` characters: Slack refuses a section text over 3000. */
export function quote(text: string, max = 1200): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return clipped
    .split('\n')
    .map((line) => `>${escapeMrkdwn(line)}`)
    .join('\n');
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
