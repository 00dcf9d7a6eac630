import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderApprovalRequest } from '../../../../../channels/slack/blocks/render-approval-request.ts';
import { renderDisputeHandoff } from '../../../../../channels/slack/blocks/render-dispute-handoff.ts';
import type { ApprovalRequestView } from '../../../../../channels/slack/blocks/slack-views.ts';

const view = (overrides: Partial<ApprovalRequestView> = {}): ApprovalRequestView => ({
  proposalId: 'p1',
  debtorName: 'Acme',
  debtorReference: 'D-1',
  debtorChannel: 'email',
  invoices: [{ number: 'INV-1', openCents: 100_000, dueDate: '2026-11-01', daysOverdue: 22 }],
  totalCents: 100_000,
  reason: 'liquidity',
  confidence: 0.87,
  decidedBy: 'classifier',
  phrases: ['cash flow'],
  debtorWords: 'We cannot pay now.',
  action: 'request_plan_approval',
  rationale: 'Finance decides.',
  schedule: [{ dueDate: '2026-12-01', amountCents: 100_000, kind: 'instalment' }],
  period: 'month',
  ...overrides,
});

/** Slack refuses a message with a section text over 3000, a header over 150 or more than 50 blocks. */
function assertWithinSlackLimits(
  blocks: { type: string; text?: { text: string }; fields?: { text: string }[] }[],
) {
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const block of blocks) {
    if (block.type === 'header') expect(block.text!.text.length).toBeLessThanOrEqual(150);
    if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(2000);
  }
}

describe('Slack Block Kit renderers', () => {
  it('never lets a debtor ping the channel or fake a link', () => {
    const json = JSON.stringify(
      renderApprovalRequest(view({ debtorWords: '<!channel> pay <http://evil|here>' })).blocks,
    );
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
  });

  it('replaces the buttons by the decision once decided', () => {
    const open = renderApprovalRequest(view());
    expect(open.blocks.some((block) => block.type === 'actions')).toBe(true);
    const decided = renderApprovalRequest(view(), {
      status: 'rejected',
      by: 'slack:U1',
      at: new Date('2026-11-23T10:00:00Z'),
      note: null,
    });
    expect(decided.blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(JSON.stringify(decided.blocks)).toContain('Rejected by <@U1> on 2026-11-23 10:00 UTC');
  });

  it('stays within Slack limits whatever the debtor writes', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 6000 }),
        fc.string({ maxLength: 400 }),
        fc.array(fc.string({ maxLength: 300 }), { maxLength: 30 }),
        (words, name, phrases) => {
          assertWithinSlackLimits(
            renderApprovalRequest(view({ debtorWords: words, debtorName: name, rationale: words, phrases }))
              .blocks as never,
          );
          assertWithinSlackLimits(
            renderDisputeHandoff({
              disputeId: 'd1',
              debtorName: name,
              debtorReference: 'D-1',
              invoice: { number: 'INV-1', openCents: 1, dueDate: '2026-11-01', daysOverdue: 1 },
              summary: words,
              debtorWords: words,
              status: 'open',
              ownerUserId: null,
              resolution: null,
              creditCents: null,
            }).blocks as never,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
