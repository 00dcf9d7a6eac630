import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';
import { expectReplyKept } from '../../../support/expect-reply-kept.ts';

/**
 * Classes of issue 16 round 10 (old mailing-list and vendor mail from MIME libraries' test data):
 * advertising that free webmail, ISPs and group services append under a reply, a German reply
 * signed in 7-bit spelling with the quote and a boxed company signature under it, and the signed
 * first name over a signature that opens with the full name. The
 * examples are ours, written the way those services and clients print them.
 */
const REPLY = 'We pay invoice 2026-0042 on Friday.\nThe order number is PO-7731.';

describe('extractReply: advertising a webmail or group service appends', () => {
  it.each([
    '-->> Get 50 MB of FREE mail storage with WebPost! Sign up today at http://webpost.example',
    '-->> Promote your shop for free: http://ads.example\n-->> Click here!',
    '_____________________________________________\nGet Your Private, Free E-mail from MSN Hotmail at http://www.hotmail.com',
    'Do You Yahoo!?\nGet your free @yahoo.com address at http://mail.yahoo.com',
    '------------------------ Yahoo! Groups Sponsor ---------------------~-->\nFree shipping on all orders\nhttp://us.click.example/abc\n---------------------------------------------------------------------~->\n\nTo unsubscribe from this group, send an email to:\ncollections-unsubscribe@groups.example',
  ])('cuts the advertising and what follows it %#', (footer) => {
    expect(
      extractReply({ text: `${REPLY}\n\n   Jan\n\n${footer}\n\nThe mail I forwarded:\n\nOld text.\n` }),
    ).toBe(`${REPLY}\n\n   Jan`);
  });

  it('keeps a debtor writing about free offers, arrows and unsubscribing in the reply', () => {
    expectReplyKept(`${REPLY}\n\n--> We did not get your free shipping offer either.`);
    expectReplyKept(`${REPLY}\n\nFeel free to e-mail us the copy, or download it from www.example.com.`);
    expectReplyKept(`${REPLY}\n\nTo unsubscribe from your reminders, what do I send?`);
    expectReplyKept(`${REPLY}\n\n>> Please pay the invoice.\nWe did, free of charge for you.`);
  });
});

describe('extractReply: a 7-bit German closing above a quote and a boxed signature', () => {
  const german = 'Die Rechnung 2026-0042 zahlen wir am Freitag.\nDie Bestellnummer ist PO-7731.';
  const box =
    '==================================\nDipl.-Ing.  Jan     M E I E R\nMuster AG     Niederlassung Hannover\nTechn. Vertrieb:   Team-Leiter\n----------------------------------\nMV-TV          Tel: +49-511-333-2772\nMuster-Str. 245  FAX: +49-511-333-2751\n30179 Hannover   eMail: jan@muster.example\n==================================';

  it.each(['Freundliche Gruesse', 'Mit freundlichen Gruessen', 'Viele Gruesse', 'Beste Gruesse'])(
    'keeps "%s" and the name, drops the quote and the box under them',
    (closing) => {
      const text = `${german}\n${closing}\nJan Meier\n\n\n>Sehr geehrter Herr Meier,\n>bitte zahlen Sie die Rechnung.\n>\n>MfG\n\n${box}\n`;
      expect(extractReply({ text })).toBe(`${german}\n${closing}\nJan Meier`);
    },
  );

  it('keeps prose the person went on writing under the closing and the name', () => {
    const text = `${german}\nFreundliche Gruesse\nJan Meier\n\nPS: Die Gutschrift fehlt noch. Bitte schicken Sie sie uns. Wir brauchen sie fuer die Buchhaltung diese Woche noch.`;
    expectReplyKept(text);
  });
});

describe('extractReply: the signed first name over a signature that opens with the full name', () => {
  it.each([
    'jan\nJan de Vries                 jan@klant.example\nCredit Control               +31 20 123 4567\nKlant BV\nAmsterdam',
    'Eva\nEva Musterfrau\nTel: +43 1 234 5678\nMuster GmbH\nA-1000 Wien',
  ])('keeps the name, drops the signature under it %#', (signature) => {
    const [name] = signature.split('\n');
    expect(extractReply({ text: `${REPLY}\n\n${signature}\n` })).toBe(`${REPLY}\n\n${name}`);
  });

  it('keeps prose and a name over a different name', () => {
    expectReplyKept(`${REPLY}\n\nFriday\nFriday we pay: mail ap@klant.example\nKlant BV`);
    expectReplyKept(`${REPLY}\n\nJan\nJan de Vries will call you tomorrow.\nKlant BV`);
    expectReplyKept(`${REPLY}\n\nJan\nPiet Smit   piet@klant.example\nKlant BV\nAmsterdam`);
  });
});
