import { describe, expect, it } from 'vitest';
import { readSenderAuthentication } from '../../../../channels/email/read-sender-authentication.ts';
import { parseInboundEmail } from '../../../../nlp/mail/parse-inbound-email.ts';

/** The verdict for a mail whose header starts with `trace` (top first), as the pipeline reads it. */
async function verdict(
  trace: readonly string[],
  authservIds: readonly string[],
  from = 'yangerkun@huawei.com',
) {
  const raw = [...trace, `From: ${from}`, 'To: lists+nbd@lfdr.de', 'Subject: x', '', 'body', ''].join('\r\n');
  const email = await parseInboundEmail(Buffer.from(raw));
  return readSenderAuthentication({ traceFields: email.traceFields, authservIds, from: email.from });
}

/** A real trace: a list mail received by Postfix + rspamd at mail.lfdr.de (trimmed to its hops). */
const LFDR = [
  'Return-Path: <bounce-nbd=lists+nbd=lfdr.de@other.debian.org>',
  'Received: from mail.lfdr.de\r\n\tby mail.lfdr.de with LMTP\r\n\tid 9qyrM2nwPGrXuggAu9opvQ; Thu, 25 Jun 2026 11:10:01 +0200',
  'Received: from bendel.debian.org (bendel.debian.org [IPv6:2001:41b8:202:deb:216:36ff:fe40:4002])\r\n\tby mail.lfdr.de (Postfix) with ESMTPS id 7708C6C417F; Thu, 25 Jun 2026 11:10:01 +0200 (CEST)',
  'Authentication-Results: mail.lfdr.de;\r\n\tdkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=huawei.com (policy=quarantine);\r\n\tspf=none (mail.lfdr.de: domain of "bounce-nbd=lists+nbd=lfdr.de@other.debian.org" has no SPF policy when checking 2001:41b8:202:deb:216:36ff:fe40:4002) smtp.mailfrom="bounce-nbd=lists+nbd=lfdr.de@other.debian.org"',
  'Received: from localhost (localhost [127.0.0.1])\r\n\tby bendel.debian.org (Postfix) with QMQP id 5C5382046F; Thu, 25 Jun 2026 09:10:01 +0000 (UTC)',
];

/** A real trace: Postfix + OpenDMARC/OpenDKIM at kernel.org, one field per method and ARC between. */
const KERNEL = [
  'Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2084.outbound.protection.outlook.com [40.107.21.84])\r\n\tby smtp.subspace.kernel.org (Postfix) with ESMTPS id CB69E16EB47; Mon, 19 Aug 2024 14:26:09 +0000 (UTC)',
  'Authentication-Results: smtp.subspace.kernel.org; arc=fail smtp.client-ip=40.107.21.84',
  'ARC-Authentication-Results:i=3; smtp.subspace.kernel.org; dmarc=pass (p=none dis=none) header.from=arm.com',
  'Authentication-Results: smtp.subspace.kernel.org; dmarc=pass (p=none dis=none) header.from=arm.com',
  'Authentication-Results: smtp.subspace.kernel.org; spf=pass smtp.mailfrom=arm.com',
  'Authentication-Results: smtp.subspace.kernel.org;\r\n\tdkim=pass (1024-bit key) header.d=arm.com header.i=@arm.com header.b="KoxoQrPZ"',
  'Received: from AS8PR04CA0133.eurprd04.prod.outlook.com (2603:10a6:20b:127::18)\r\n by GV1PR08MB7753.eurprd08.prod.outlook.com with Microsoft SMTP Server id 15.20.7897.13; Mon, 19 Aug 2024 14:26:00 +0000',
  'X-MS-Exchange-Authentication-Results: spf=pass (sender IP is 63.35.35.123)\r\n smtp.mailfrom=arm.com; dkim=pass (signature was verified)\r\n header.d=arm.com;dmarc=pass action=none header.from=arm.com;',
];

/** A real Gmail trace (Received above, Received-SPF between, the results below the MX's Received). */
const GMAIL = [
  'Received: by 10.12.195.133 with SMTP id o5csp1021946qvi;\r\n        Wed, 28 Mar 2018 15:01:18 -0700 (PDT)',
  'ARC-Authentication-Results: i=1; mx.google.com;\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=discoursemail.com',
  'Received: from mx-out-01b.sjc2.discourse.org (mx-out-01b.sjc2.discourse.org. [216.218.240.121])\r\n        by mx.google.com with ESMTPS id bj5-v6si4246535plb.712.2018.03.28.15.01.17',
  'Received-SPF: pass (google.com: domain of ocaml@discoursemail.com designates 216.218.240.121 as permitted sender) client-ip=216.218.240.121;',
  'Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@discoursemail.com header.s=sjc2 header.b=VmvuZ8wM;\r\n       spf=pass smtp.mailfrom=ocaml+verp-cdef9eaa098cd788943a4314c682b75a@discoursemail.com;\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=discoursemail.com',
  'Received: from localhost.localdomain (unknown [IPv6:2001:470:107:1::212:8d46:a771])\r\n\tby mx-out-01b.sjc2.discourse.org (Postfix) with ESMTP id 98C035E012C',
];

/** Outlook.com / Exchange Online: results without an authserv-id (deltachat's test data). */
const OUTLOOK = (dmarc: string) => [
  'Received: from AM0PR10MB2497.EURPRD10.PROD.OUTLOOK.COM by DB8PR10MB3450.EURPRD10.PROD.OUTLOOK.COM with HTTPS; Mon, 23 Nov 2026 09:00:00 +0000',
  `Authentication-Results: spf=pass (sender IP is 209.85.221.68)\r\n smtp.mailfrom=gmail.com; dkim=pass (signature was verified)\r\n header.d=gmail.com;dmarc=${dmarc} action=none header.from=gmail.com;compauth=pass\r\n reason=100`,
  'Received: from mail-wr1-f68.google.com (209.85.221.68) by AM0PR10MB2497.mail.protection.outlook.com with Microsoft SMTP Server; Mon, 23 Nov 2026 08:59:59 +0000',
];

describe('readSenderAuthentication', () => {
  it('reads the failed DMARC of a real rspamd trace when its authserv-id is ours', async () => {
    expect(await verdict(LFDR, ['mail.lfdr.de'])).toEqual({
      readAt: 'mail.lfdr.de',
      failure: 'From failed DMARC at mail.lfdr.de',
    });
  });

  it('reads nothing without MAIL_AUTHSERV_ID, or when no field is ours', async () => {
    expect(await verdict(LFDR, [])).toEqual({ readAt: null, failure: null });
    expect(await verdict(LFDR, ['mx.ourcompany.example'])).toEqual({ readAt: null, failure: null });
  });

  it('reads every field of the top block (one per method, ARC fields between) and passes it', async () => {
    expect(await verdict(KERNEL, ['smtp.subspace.kernel.org'], 'mihail.atanassov@arm.com')).toEqual({
      readAt: 'smtp.subspace.kernel.org',
      failure: null,
    });
    expect(await verdict(GMAIL, ['mx.google.com'], 'ocaml@discoursemail.com')).toEqual({
      readAt: 'mx.google.com',
      failure: null,
    });
  });

  it("reads Exchange Online's id-less results only when MAIL_AUTHSERV_ID lists exchange-online", async () => {
    expect(await verdict(OUTLOOK('fail'), ['exchange-online'], 'alice@gmail.com')).toEqual({
      readAt: 'Exchange Online',
      failure: 'From failed DMARC at Exchange Online',
    });
    expect(await verdict(OUTLOOK('fail'), ['mx.ourcompany.example'], 'alice@gmail.com')).toEqual({
      readAt: null,
      failure: null,
    });
    expect((await verdict(OUTLOOK('pass'), ['exchange-online'], 'alice@gmail.com')).failure).toBeNull();
  });

  it('ignores a forged field of another authserv-id placed above or below ours', async () => {
    const forgedPass = 'Authentication-Results: mx.attacker.example; dmarc=pass header.from=huawei.com';
    // Above: a later hop (or anyone) cannot outvote our border.
    expect((await verdict([forgedPass, ...LFDR], ['mail.lfdr.de'])).failure).toBe(
      'From failed DMARC at mail.lfdr.de',
    );
    // Below: written by the sender.
    expect((await verdict([...LFDR, forgedPass], ['mail.lfdr.de'])).failure).toBe(
      'From failed DMARC at mail.lfdr.de',
    );
    // A forged fail of another id, or the sender's own outbound rspamd, says nothing about ours.
    const suse =
      'Authentication-Results: smtp-out1.suse.de; dkim=none; dmarc=fail reason="No valid SPF, No valid DKIM" header.from=suse.com (policy=quarantine)';
    expect(
      (await verdict([...GMAIL, suse], ['mx.google.com'], 'ocaml@discoursemail.com')).failure,
    ).toBeNull();
    expect(
      (await verdict([suse, ...GMAIL], ['mx.google.com'], 'ocaml@discoursemail.com')).failure,
    ).toBeNull();
  });

  it('reads only the topmost block of ours: the same id below the next hop is the sender writing', async () => {
    const oursPassBelow = 'Authentication-Results: mail.lfdr.de; dmarc=pass header.from=huawei.com';
    expect((await verdict([...LFDR, oursPassBelow], ['mail.lfdr.de'])).failure).toBe(
      'From failed DMARC at mail.lfdr.de',
    );
    const oursFailBelow = 'Authentication-Results: mx.google.com; dmarc=fail header.from=discoursemail.com';
    expect(
      (await verdict([...GMAIL, oursFailBelow], ['mx.google.com'], 'ocaml@discoursemail.com')).failure,
    ).toBeNull();
  });

  it('lets a fail win over a pass written next to it in our block', async () => {
    const trace = [
      'Received: from mail.sender.example by mx.us.example (Postfix) with ESMTPS id 1',
      'Authentication-Results: mx.us.example; dmarc=fail header.from=klant.nl',
      'Authentication-Results: mx.us.example; dmarc=pass header.from=klant.nl',
    ];
    expect((await verdict(trace, ['mx.us.example'], 'jan@klant.nl')).failure).toBe(
      'From failed DMARC at mx.us.example',
    );
  });

  it('without a DMARC verdict, fails the From only when SPF and DKIM both failed for its domain', async () => {
    const ours = (results: string) => [
      'Received: from mail.sender.example by mx.us.example (Postfix) with ESMTPS id 1',
      `Authentication-Results: mx.us.example; ${results}`,
    ];
    const both = 'spf=fail smtp.mailfrom=jan@klant.nl; dkim=fail header.d=klant.nl';
    expect((await verdict(ours(both), ['mx.us.example'], 'jan@klant.nl')).failure).toBe(
      'From failed SPF and DKIM at mx.us.example',
    );
    expect(
      (await verdict(ours(`${both}; dmarc=none header.from=klant.nl`), ['mx.us.example'], 'jan@klant.nl'))
        .failure,
    ).toBe('From failed SPF and DKIM at mx.us.example');
    // A DMARC pass, SPF alone, DKIM passing for the domain too, or SPF failing for a bounce domain.
    for (const results of [
      `${both}; dmarc=pass header.from=klant.nl`,
      'spf=fail smtp.mailfrom=jan@klant.nl; dkim=none',
      `${both}; dkim=pass header.d=klant.nl`,
      'spf=fail smtp.mailfrom=bounces@esp.example; dkim=fail header.d=klant.nl',
    ]) {
      expect((await verdict(ours(results), ['mx.us.example'], 'jan@klant.nl')).failure, results).toBeNull();
    }
  });

  it('skips a field of ours it cannot read, as if absent', async () => {
    const trace = [
      'Received: from mail.sender.example by mx.us.example (Postfix) with ESMTPS id 1',
      'Authentication-Results: mx.us.example; dmarc=fail (unclosed header.from=klant.nl',
    ];
    expect(await verdict(trace, ['mx.us.example'], 'jan@klant.nl')).toEqual({ readAt: null, failure: null });
  });
});
