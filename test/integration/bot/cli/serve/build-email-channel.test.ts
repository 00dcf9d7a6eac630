import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmailChannel } from '../../../../../bot/cli/serve/build-email-channel.ts';
import { loadConfig } from '../../../../../bot/config/load-config.ts';
import { readChannelCapabilities } from '../../../../../bot/server/read-channel-capabilities.ts';
import { createTestDatabase, type TestDatabase } from '../../../../support/test-database.ts';

const IMAP = {
  IMAP_HOST: '127.0.0.1',
  IMAP_USER: 'debiteuren',
  IMAP_PASSWORD: 'secret',
  EMAIL_REPLY_TOKEN_SECRET: 'build-email-channel-secret-with-32-chars',
  EMAIL_PREPARE_THREADS: '0',
};

/** What serve says at start about the From addresses it reads, once, before any mail. */
describe('buildEmailChannel, reading mail', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  const logOf = async (env: NodeJS.ProcessEnv) => {
    const lines: string[] = [];
    const config = loadConfig({ COMPANY_NAME: 'Our Company', PGLITE_DATA_DIR: 'memory://' });
    await buildEmailChannel({
      config,
      db,
      env,
      log: (line) => lines.push(line),
      capabilities: readChannelCapabilities(env),
    });
    return lines;
  };

  it('says once that sender addresses are not authenticated when MAIL_AUTHSERV_ID is not set', async () => {
    const lines = await logOf({ ...IMAP, MAIL_AUTHSERV_ID: '' });
    expect(lines.filter((line) => /sender addresses are not authenticated/.test(line))).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/MAIL_AUTHSERV_ID/);
  });

  it('says nothing of it when the setting names our server, or when no mail is read', async () => {
    expect((await logOf({ ...IMAP, MAIL_AUTHSERV_ID: 'mx.ourcompany.example' })).join('\n')).not.toMatch(
      /not authenticated/,
    );
    expect((await logOf({ MAIL_AUTHSERV_ID: '' })).join('\n')).not.toMatch(/not authenticated/);
  });

  it('refuses an authserv-id list it cannot read', async () => {
    await expect(logOf({ ...IMAP, MAIL_AUTHSERV_ID: 'mx.example.nl; other' })).rejects.toThrow(
      /MAIL_AUTHSERV_ID/,
    );
  });
});
