import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleClient } from './support/console-client.ts';
import { seedEscalation } from './support/seed-escalation.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

const COUNT = 260;

describe('console pagination and filters: inbox (keyset, in SQL) and debtor search, filters kept across pages', () => {
  let h: ConsoleHarness;
  let client: ConsoleClient;

  beforeAll(async () => {
    h = await startConsoleHarness();
    client = (await h.signInAs('fiona@acme.example', ['finance'], 'Fiona Finance')).client;
    await h.addStaff('frank@acme.example', ['finance'], 'Frank Finance');
    for (let i = 0; i < COUNT; i++) await seedEscalation(h.slack.db, `PG-${String(i).padStart(3, '0')}`);
  }, 180_000);
  afterAll(async () => h?.close());

  const articles = (html: string) =>
    [...html.matchAll(/<article class="item" id="p-([0-9a-f-]{36})"/g)].map((m) => m[1]!);

  it('shows 250 proposals a page with the total in the heading; the next page keeps the kind filter and holds the rest', async () => {
    const first = await client.get('/console?kind=ladder');
    expect(first.html).toContain(`${COUNT} open proposals`);
    const onFirst = articles(first.html);
    expect(onFirst).toHaveLength(250);
    const next = /href="([^"]+)" rel="next"/.exec(first.html)?.[1]?.replaceAll('&amp;', '&');
    // Keyset pagination: the next page starts after the last proposal shown, filters kept.
    expect(decodeURIComponent(next!)).toMatch(
      /^\/console\?kind=ladder&after=\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/,
    );
    expect(first.html).not.toContain('rel="prev"');
    // The group's "approve all" lists the letters on this page only.
    expect(first.html).toContain('Approve all 250 letters');

    const second = await client.get(next!);
    const onSecond = articles(second.html);
    expect(onSecond).toHaveLength(COUNT - 250);
    expect(second.html).toContain('href="/console?kind=ladder" rel="prev"');
    expect(second.html).toContain('<span aria-current="page">Page 2</span>');
    expect(second.html).not.toContain('rel="next"');
    expect(second.html).toContain(`${COUNT} open proposals`);
    // In the order the inbox always had: oldest first, then id.
    const ordered = await h.slack.db.prisma.proposal.findMany({
      where: { status: 'proposed', action: 'escalate' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    expect([...onFirst, ...onSecond]).toEqual(ordered.map((p) => p.id));
    // Back from the second page by its first proposal: the 250 before it.
    const cursor = next!.split('after=')[1]!;
    const proposal = await h.slack.db.prisma.proposal.findUniqueOrThrow({ where: { id: onSecond[0]! } });
    const back = await client.get(
      `/console?kind=ladder&before=${encodeURIComponent(`${proposal.createdAt.toISOString()}_${proposal.id}`)}`,
    );
    expect(articles(back.html)).toEqual(onFirst);
    expect(back.html).toContain('rel="next"');
    // A cursor past the end shows the last page; nonsense is the first.
    expect(
      articles(
        (
          await client.get(
            '/console?kind=ladder&after=9999-01-01T00:00:00.000Z_ffffffff-ffff-ffff-ffff-ffffffffffff',
          )
        ).html,
      ),
    ).toEqual(onSecond);
    expect(articles((await client.get('/console?kind=ladder&after=yesterday')).html)).toEqual(onFirst);
    expect(articles((await client.get(`/console?kind=ladder&after=${cursor}`)).html)).toEqual(onSecond);
  });

  it('filters by owner in the query: mine, unassigned, anyone; taking and releasing are audited', async () => {
    const [a, b] = articles((await client.get('/console?kind=ladder')).html);
    const csrf = ConsoleClient.hidden((await client.get('/console')).html, 'csrf');
    const took = await client.post(`/console/proposals/${a}/assign`, { csrf, to: 'me', owner: 'unassigned' });
    expect(took.location).toBe('/console?owner=unassigned&taken=1');
    await client.post(`/console/proposals/${b}/assign`, { csrf, to: 'me' });
    await client.post(`/console/proposals/${b}/assign`, { csrf, to: 'nobody' });

    const mine = await client.get('/console?owner=mine');
    expect(articles(mine.html)).toEqual([a]);
    expect(mine.html).toContain('1 open proposal');
    expect(mine.html).toContain('fiona@acme.example (you)');
    expect(mine.html).toContain(
      `formaction="/console/proposals/${a}/assign" formnovalidate name="to" value="nobody"`,
    );
    const unassigned = await client.get('/console?owner=unassigned&kind=ladder');
    expect(unassigned.html).toContain(`${COUNT - 1} open proposals`);
    expect(unassigned.html).not.toContain(`id="p-${a}"`);
    expect(unassigned.html).toContain(`id="p-${b}"`);
    expect(unassigned.html).toContain('<option value="unassigned" selected>Unassigned</option>');
    // Another member of finance: the proposal is Fiona's, not theirs.
    const other = new ConsoleClient(h.baseUrl);
    await other.signInWithLink(h.smtp, 'frank@acme.example');
    expect(articles((await other.get('/console?owner=mine')).html)).toEqual([]);
    expect((await other.get('/console?kind=ladder')).html).toContain('fiona@acme.example</dd>');
    const audit = await h.slack.db.prisma.auditEvent.findMany({
      where: { type: 'proposal.assigned', entityId: { in: [a!, b!] } },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((e) => [e.entityId, e.data])).toEqual([
      [a, expect.objectContaining({ before: null, after: 'fiona@acme.example' })],
      [b, expect.objectContaining({ before: null, after: 'fiona@acme.example' })],
      [b, expect.objectContaining({ before: 'fiona@acme.example', after: null })],
    ]);
    expect(audit.every((e) => e.actor === 'console:fiona@acme.example')).toBe(true);
  });

  it('filters by age in the query', async () => {
    const [old] = articles((await client.get('/console?kind=ladder')).html);
    await h.slack.db.prisma.proposal.update({
      where: { id: old! },
      data: { createdAt: new Date(Date.now() - 4 * 86_400_000) },
    });
    const page = await client.get('/console?age=3');
    expect(articles(page.html)).toEqual([old]);
    expect(page.html).toContain('1 open proposal');
  });

  it('lists debtors 50 a page, keeping the search text, without repeats or gaps', async () => {
    const seen: string[] = [];
    let path: string | null = '/console/debtors?q=PG-';
    let pages = 0;
    while (path) {
      const page = await client.get(path);
      expect(page.status).toBe(200);
      const ids = [...page.html.matchAll(/<li><a href="\/console\/debtors\/([0-9a-f-]{36})">PG-/g)].map(
        (m) => m[1]!,
      );
      expect(ids.length).toBeLessThanOrEqual(50);
      seen.push(...ids);
      pages++;
      const next = /href="([^"]+)" rel="next"/.exec(page.html)?.[1]?.replaceAll('&amp;', '&') ?? null;
      if (next) expect(next).toContain('q=PG-');
      path = next;
    }
    expect(pages).toBe(Math.ceil(COUNT / 50));
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen).size).toBe(COUNT);
    const last = await client.get(`/console/debtors?q=PG-&page=${pages}`);
    expect(last.html).toContain(`Debtors ${(pages - 1) * 50 + 1} to ${COUNT}`);
  });
});
