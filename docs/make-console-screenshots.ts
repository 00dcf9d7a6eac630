/**
 * The README's console screenshots (docs/screenshots/), made from the demo's database: `collections
 * demo` into a temporary PGlite directory, a finance user, the console as `collections serve`
 * builds it, and Debian's Chromium (playwright-core) at laptop size. Run by hand after a visible
 * change: `npx tsx docs/make-console-screenshots.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../bot/config/load-config.ts';
import { openDatabase } from '../prisma/open-database.ts';
import { addStaff } from '../prisma/staff/add-staff.ts';
import { ConsoleClient } from '../test/integration/console/support/console-client.ts';
import { findFreePort } from '../test/support/find-free-port.ts';
import { serveConsole } from '../test/support/serve-console.ts';
import { startBrowser } from '../test/support/start-browser.ts';
import { startSmtpSink } from '../test/support/start-smtp-sink.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshots');
const VIEWPORT = { width: 1200, height: 820 };

const dataDir = mkdtempSync(path.join(tmpdir(), 'console-screenshots-'));
const env = { PGLITE_DATA_DIR: dataDir, COMPANY_NAME: 'Acme Supplies BV' };
execFileSync(process.execPath, [path.join(ROOT, 'bin/collections.js'), 'demo'], {
  env: { ...process.env, ...env },
  stdio: 'ignore',
});
const config = loadConfig(env);
const db = await openDatabase({ target: config.database, migrate: true });
const smtp = await startSmtpSink();
const port = await findFreePort();
const { baseUrl, close } = await serveConsole({
  config,
  db,
  smtp,
  port,
  env: { EMAIL_REPLY_TOKEN_SECRET: 'screenshots-reply-token-secret-0123456789' },
});
const browser = await startBrowser();
try {
  await addStaff({
    prisma: db.prisma,
    email: 'fiona@acme.example',
    name: 'Fiona',
    roles: ['finance'],
    actor: 'docs',
  });
  const client = new ConsoleClient(baseUrl);
  await client.signInWithLink(smtp, 'fiona@acme.example');
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  await context.addCookies(
    [...client.cookies].map(([name, value]) => ({ name, value, domain: '127.0.0.1', path: '/' })),
  );
  const page = await context.newPage();
  const debtor = await db.prisma.debtor.findFirstOrThrow({
    where: { name: 'Northwind Logistics Ltd' },
    select: { id: true },
  });
  for (const [where, file] of [
    ['/console?lang=en', 'console-inbox.png'],
    [`/console/debtors/${debtor.id}`, 'console-debtor.png'],
    ['/console/reports', 'console-reports.png'],
    [`/console/debtors/${debtor.id}/letters`, 'console-letters.png'],
  ] as const) {
    await page.goto(`${baseUrl}${where}`);
    await page.screenshot({ path: path.join(OUT, file), fullPage: false });
    process.stdout.write(`docs/screenshots/${file}\n`);
  }
} finally {
  await browser.close();
  await close();
  await smtp.stop();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
