import type { SlackMessageBody } from './render-approval-request.ts';

/** A plain-text report (aging) as a code block, cut below Slack's 3000-character section limit. */
export function renderPreformatted({ title, text }: { title: string; text: string }): SlackMessageBody {
  const body = text.length > 2800 ? `${text.slice(0, 2790)}\n…` : text;
  return {
    text: title,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150) } },
      { type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${body.replace(/`/g, "'")}\`\`\`` } },
    ],
  };
}
