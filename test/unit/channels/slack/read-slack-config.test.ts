import { describe, expect, it } from 'vitest';
import { readSlackConfig } from '../../../../channels/slack/read-slack-config.ts';

const BASE = {
  SLACK_SIGNING_SECRET: 'abcdef0123456789',
  SLACK_BOT_TOKEN: 'xoxb-1-2-3',
  SLACK_FINANCE_CHANNEL: 'C1',
  SLACK_SALES_CHANNEL: 'C2',
  SLACK_FINANCE_APPROVERS: 'U1, S2',
  SLACK_SALES_USERS: 'U3',
};

describe('readSlackConfig', () => {
  it('is off when neither secret nor token is set', () => {
    expect(readSlackConfig({ SLACK_FINANCE_CHANNEL: 'C1' })).toBeNull();
  });

  it('reads defaults and both owner mapping forms', () => {
    const config = readSlackConfig({ ...BASE, SLACK_ACCOUNT_OWNERS: 'Anna@Example.com=U9, bob = W8' })!;
    expect(config).toMatchObject({
      apiUrl: 'https://slack.com/api/',
      financeApprovers: ['U1', 'S2'],
      socketMode: false,
      disputeStaleDays: 5,
    });
    expect([...config.accountOwners]).toEqual([
      ['anna@example.com', 'U9'],
      ['bob', 'W8'],
    ]);
    const json = readSlackConfig({
      ...BASE,
      SLACK_ACCOUNT_OWNERS: '{"anna":"U7"}',
      SLACK_API_URL: 'http://127.0.0.1:1/api',
    })!;
    expect(json.accountOwners.get('anna')).toBe('U7');
    expect(json.apiUrl).toBe('http://127.0.0.1:1/api/');
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_FINANCE_APPROVERS: 'anna' }, 'SLACK_FINANCE_APPROVERS'],
    [{ SLACK_ACCOUNT_OWNERS: 'anna=notanid' }, 'SLACK_ACCOUNT_OWNERS'],
    [{ SLACK_SOCKET_MODE: 'true' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_SOCKET_MODE: 'true', SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xapp-1-A-1' }, 'SLACK_SOCKET_MODE'],
    [{ SLACK_SIGNING_SECRET: '' }, 'SLACK_SIGNING_SECRET'],
    [{ DISPUTE_STALE_DAYS: '0' }, 'DISPUTE_STALE_DAYS'],
    [{ SLACK_SALES_CHANNEL: '' }, 'SLACK_SALES_CHANNEL'],
  ])('refuses %j with CONFIG_INVALID naming the variable', (override, variable) => {
    expect(() => readSlackConfig({ ...BASE, ...override })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining(variable) }),
    );
  });

  it('Socket Mode needs the app token, not the signing secret', () => {
    const { SLACK_SIGNING_SECRET: _unused, ...rest } = BASE;
    expect(
      readSlackConfig({ ...rest, SLACK_SOCKET_MODE: 'true', SLACK_APP_TOKEN: 'xapp-1-A-1' }),
    ).toMatchObject({
      socketMode: true,
      appToken: 'xapp-1-A-1',
      signingSecret: null,
    });
  });
});
