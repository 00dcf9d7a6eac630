import type { KnownBlock } from './block-kit.ts';
import { clip, escapeMrkdwn } from './format-slack.ts';
import type { SlackMessageBody } from './render-approval-request.ts';
import type { TimelineEntry } from './slack-views.ts';

/** `/debtor`: every message with the debtor on every channel, newest first. */
export function renderTimeline({
  debtorName,
  debtorReference,
  summary,
  entries,
}: {
  debtorName: string;
  debtorReference: string;
  summary: string;
  entries: readonly TimelineEntry[];
}): SlackMessageBody {
  const lines = entries.map((entry) => {
    const arrow =
      entry.direction === 'inbound' ? ':arrow_lower_left: from debtor' : ':arrow_upper_right: to debtor';
    const when = entry.at.toISOString().slice(0, 16).replace('T', ' ');
    const text = entry.text.replace(/\s+/g, ' ').trim();
    const snippet = text.length > 160 ? `${text.slice(0, 159)}…` : text;
    return `*${when}* · ${entry.channel} · ${arrow}${entry.status === 'queued' ? ' (queued)' : ''}${entry.possibleDuplicate ? ' (possible duplicate)' : ''}${entry.textCut ? ' (long text: shown cut, kept whole)' : ''}\n${entry.subject ? `_${escapeMrkdwn(entry.subject)}_ ` : ''}${escapeMrkdwn(snippet)}`;
  });
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: `${debtorName} (${debtorReference})`.slice(0, 150) },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(summary) }] },
  ];
  // Slack allows 50 blocks per message; the newest 40 messages say enough.
  for (const line of lines.slice(0, 40))
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(line, 2900) } });
  if (lines.length === 0)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '_No messages yet._' } });
  return { text: `Timeline of ${debtorName}: ${entries.length} message(s)`, blocks };
}
