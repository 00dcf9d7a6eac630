import { describe, expect, it } from 'vitest';
import {
  MAX_AUTHENTICATION_RESULTS_LENGTH,
  parseAuthenticationResults,
} from '../../../../channels/email/parse-authentication-results.ts';

/**
 * Real Authentication-Results values, unfolded as the mail parser gives them. Sources: RFC 8601
 * appendix B; a Gmail delivery (dinosaure/blaze test/004.mail); Outlook.com / Exchange Online,
 * Fastmail and a forged one (deltachat-core-rust test-data/message/dkimchecks-2022-09-28);
 * Postfix + OpenDMARC/OpenDKIM at kernel.org (blaze test/006.mail); Postfix + rspamd (a
 * lists.debian.org mail received at mail.lfdr.de, and SUSE's outbound smtp-out1.suse.de).
 */
describe('parseAuthenticationResults', () => {
  it('reads the RFC 8601 examples', () => {
    expect(parseAuthenticationResults('example.org 1; none')).toEqual({
      authservId: 'example.org',
      results: [],
    });
    expect(parseAuthenticationResults('example.com; spf=pass smtp.mailfrom=example.net')).toEqual({
      authservId: 'example.com',
      results: [{ method: 'spf', result: 'pass', properties: { 'smtp.mailfrom': 'example.net' } }],
    });
    expect(
      parseAuthenticationResults(
        'example.com; auth=pass (cram-md5) smtp.auth=sender@example.net; spf=pass smtp.mailfrom=example.net',
      )?.results.map((r) => [r.method, r.result]),
    ).toEqual([
      ['auth', 'pass'],
      ['spf', 'pass'],
    ]);
    expect(
      parseAuthenticationResults(
        'example.com; dkim=pass reason="good signature" header.i=@mail-router.example.net; dkim=fail reason="bad signature" header.i=@newyork.example.com',
      )?.results,
    ).toEqual([
      {
        method: 'dkim',
        result: 'pass',
        properties: { reason: 'good signature', 'header.i': '@mail-router.example.net' },
      },
      {
        method: 'dkim',
        result: 'fail',
        properties: { reason: 'bad signature', 'header.i': '@newyork.example.com' },
      },
    ]);
  });

  it("reads Gmail's results, comments with spaces and colons dropped", () => {
    const gmail = parseAuthenticationResults(
      'mx.google.com; dkim=pass header.i=@discoursemail.com header.s=sjc2 header.b=VmvuZ8wM; spf=pass (google.com: domain of ocaml+verp-cdef9eaa098cd788943a4314c682b75a@discoursemail.com designates 216.218.240.121 as permitted sender) smtp.mailfrom=ocaml+verp-cdef9eaa098cd788943a4314c682b75a@discoursemail.com; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=discoursemail.com',
    );
    expect(gmail?.authservId).toBe('mx.google.com');
    expect(gmail?.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      'dkim=pass',
      'spf=pass',
      'dmarc=pass',
    ]);
    expect(gmail?.results[1]?.properties['smtp.mailfrom']).toBe(
      'ocaml+verp-cdef9eaa098cd788943a4314c682b75a@discoursemail.com',
    );
    expect(gmail?.results[2]?.properties['header.from']).toBe('discoursemail.com');
  });

  it("reads Exchange Online's results, which carry no authserv-id, and its bare pairs", () => {
    const outlook = parseAuthenticationResults(
      'spf=pass (sender IP is 209.85.221.68) smtp.mailfrom=gmail.com; dkim=pass (signature was verified) header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=100',
    );
    expect(outlook?.authservId).toBeNull();
    expect(outlook?.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      'spf=pass',
      'dkim=pass',
      'dmarc=pass',
      'compauth=pass',
    ]);
    expect(outlook?.results[2]?.properties).toEqual({ action: 'none', 'header.from': 'gmail.com' });
  });

  it("reads Fastmail's results: nested comment text with '=' and ',' and dotted property names", () => {
    const fastmail = parseAuthenticationResults(
      'mx3.messagingengine.com; dkim=pass (2048-bit rsa key sha256) header.d=outlook.com header.i=@outlook.com header.b=Qx1vn7vt header.a=rsa-sha256 header.s=selector1 x-bits=2048; dmarc=pass policy.published-domain-policy=none policy.published-subdomain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=none,sp=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=outlook.com; iprev=pass smtp.remote-ip=40.92.66.24 (mail-oln040092066024.outbound.protection.outlook.com); spf=pass smtp.mailfrom=alice@outlook.com smtp.helo=EUR01-VE1-obe.outbound.protection.outlook.com',
    );
    expect(fastmail?.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      'dkim=pass',
      'dmarc=pass',
      'iprev=pass',
      'spf=pass',
    ]);
    expect(fastmail?.results[1]?.properties['header.from']).toBe('outlook.com');
    expect(fastmail?.results[1]?.properties['policy.policy-from']).toBe('p');
  });

  it("reads rspamd's results: a quoted reason with commas, the comment after the properties", () => {
    const rspamd = parseAuthenticationResults(
      'mail.lfdr.de; dkim=none; dmarc=fail reason="No valid SPF, No valid DKIM" header.from=huawei.com (policy=quarantine); spf=none (mail.lfdr.de: domain of "bounce-nbd=lists+nbd=lfdr.de@other.debian.org" has no SPF policy when checking 2001:41b8:202:deb:216:36ff:fe40:4002) smtp.mailfrom="bounce-nbd=lists+nbd=lfdr.de@other.debian.org"',
    );
    expect(rspamd).toEqual({
      authservId: 'mail.lfdr.de',
      results: [
        { method: 'dkim', result: 'none', properties: {} },
        {
          method: 'dmarc',
          result: 'fail',
          properties: { reason: 'No valid SPF, No valid DKIM', 'header.from': 'huawei.com' },
        },
        {
          method: 'spf',
          result: 'none',
          properties: { 'smtp.mailfrom': 'bounce-nbd=lists+nbd=lfdr.de@other.debian.org' },
        },
      ],
    });
  });

  it("reads a ';' inside a comment or a quoted string as text, and a version after the id", () => {
    expect(
      parseAuthenticationResults(
        'mx1.riseup.net; dkim=pass (1024-bit key; unprotected) header.d=yandex.ru header.i=@yandex.ru header.a=rsa-sha256 header.s=mail header.b=avNJu6sw; dkim-atps=neutral',
      )?.results.map((r) => `${r.method}=${r.result}`),
    ).toEqual(['dkim=pass', 'dkim-atps=neutral']);
    expect(
      parseAuthenticationResults('mx.microsoft.com 1; spf=none; dmarc=none; dkim=none; arc=none')?.authservId,
    ).toBe('mx.microsoft.com');
    expect(
      parseAuthenticationResults('"mx.example.org"; dkim=pass reason="a;b" header.d=example.org')?.results[0]
        ?.properties.reason,
    ).toBe('a;b');
  });

  it('refuses what it cannot read whole, rather than half-believe it', () => {
    for (const broken of [
      'mx.example.org; dmarc=fail (unclosed comment header.from=example.org',
      'mx.example.org; dmarc=fail reason="unclosed header.from=example.org',
      'mx.example.org; dmarc=pass stray-word header.from=example.org',
      'mx.example.org extra words; dmarc=pass',
      'mx.example.org; dkim=',
      'mx.example.org; dmarc=pa$$',
      'mx.example.org; dmarc=fail) header.from=example.org',
      '',
    ]) {
      expect(parseAuthenticationResults(broken), broken).toBeNull();
    }
  });

  it('refuses a field far longer than any server writes, without reading it (a sender can add one)', () => {
    const results = Array.from({ length: 400 }, (_, index) => `dkim=pass header.d=d${index}.example`);
    const long = `mx.example.org; ${results.join('; ')}`;
    expect(long.length).toBeGreaterThan(MAX_AUTHENTICATION_RESULTS_LENGTH);
    expect(parseAuthenticationResults(long)).toBeNull();
    expect(
      parseAuthenticationResults(`mx.example.org; ${results.slice(0, 20).join('; ')}`)?.results,
    ).toHaveLength(20);
  });
});
