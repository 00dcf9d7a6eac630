import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDebtor } from './support/seed-debtor.ts';
import { postToSlackRoute } from './support/slack-requests.ts';
import {
  FINANCE,
  GROUP_APPROVER,
  OUTSIDER,
  SALES,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/start-slack-harness.ts';

describe('Slack triage debtor search', () => {
  let h: SlackHarness;
  let debtorId: string;
  beforeAll(async () => {
    h = await startSlackHarness();
    debtorId = (
      await seedDebtor(h.db, {
        reference: 'SRCH-1',
        name: 'Zoekwerk Installaties',
        invoices: [{ number: 'INV-SRCH-1', cents: 50_000, dueDate: '2026-10-01' }],
      })
    ).debtorId;
  });
  afterAll(async () => h?.close());

  /** What Slack sends while someone types in the external_select of a triage message. */
  const search = async (user: string, value: string) => {
    const response = await postToSlackRoute(h.url, {
      body: new URLSearchParams({
        payload: JSON.stringify({
          type: 'block_suggestion',
          action_id: 'triage_debtor',
          block_id: 'triage:00000000-0000-4000-8000-000000000000',
          value,
          user: { id: user },
          team: { id: 'T1' },
          api_app_id: 'A1',
          token: 'legacy',
        }),
      }).toString(),
      contentType: 'application/x-www-form-urlencoded',
      secret: SIGNING_SECRET,
    });
    return JSON.parse(response.text) as { options: { value: string }[] };
  };

  it('gives someone without the finance role no debtors (logged), finance approvers the matches', async () => {
    expect((await search(OUTSIDER, 'zoek')).options).toEqual([]);
    // Sales may not triage either: the search is part of triage.
    expect((await search(SALES, 'SRCH-1')).options).toEqual([]);
    expect(h.logs.filter((line) => line.includes('refused triage debtor search'))).toHaveLength(2);
    // Finance approvers, listed or through their user group, get the matches.
    expect((await search(FINANCE, 'zoek')).options.map((option) => option.value)).toEqual([debtorId]);
    expect((await search(GROUP_APPROVER, 'srch-1')).options.map((option) => option.value)).toEqual([
      debtorId,
    ]);
  });
});
