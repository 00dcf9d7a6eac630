import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleClient } from './support/console-client.ts';
import { seedEscalation } from './support/seed-escalation.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

const COUNT = 260;

describe('console pagination: inbox and debtor search, filters kept across pages', () => {
  let h: ConsoleHarness;
  let client: ConsoleClient;

  beforeAll(async () => {
    h = await startConsoleHarness();
    await h.addStaff('fiona@acme.example', ['finance'], 'Fiona Finance');
    client = new ConsoleClient(h.baseUrl);
    await client.signInWithLink(h.smtp, 'fiona@acme.example');
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
    expect(first.html).toContain('href="/console?kind=ladder&amp;page=2" rel="next"');
    expect(first.html).not.toContain('rel="prev"');
    // The group's "approve all" lists the letters on this page only.
    expect(first.html).toContain('Approve all 250 letters');

    const second = await client.get('/console?kind=ladder&page=2');
    const onSecond = articles(second.html);
    expect(onSecond).toHaveLength(COUNT - 250);
    expect(second.html).toContain('href="/console?kind=ladder" rel="prev"');
    expect(second.html).not.toContain('rel="next"');
    expect(new Set([...onFirst, ...onSecond]).size).toBe(COUNT);
    // A page past the end shows the last one; nonsense is the first.
    expect(articles((await client.get('/console?kind=ladder&page=99')).html)).toEqual(onSecond);
    expect(articles((await client.get('/console?kind=ladder&page=-3')).html)).toEqual(onFirst);
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
