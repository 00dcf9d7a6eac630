import { describe, expect, it } from 'vitest';
import { extractReply } from '../../../../nlp/extract/extract-reply.ts';

/**
 * Classes of issue 16 round 16 (list mail of 2002: mutt, pine, nmh, Gnus, Foxmail, PGP users):
 * attributions with other verbs or none, nmh's "In a message dated", Foxmail's "======= ... wrote:
 * =======", quote marks other than ">" ("|", "--]", supercite's "+>"), clear-signed PGP messages,
 * and the footers list servers append. The examples are ours.
 */
const REPLY = 'We pay invoice 2026-0042 on Friday.\nThe order number is PO-7731.';
const QUOTE = '> Please pay invoice 2026-0042 of EUR 120.00.\n> It is overdue since March.';

describe('extractReply: attributions with another verb or none', () => {
  it.each([
    'Jan de Vries said:',
    'Jan de Vries mentioned:',
    'Credit Control joked:',
    'On Mon, Mar 02, 2026 at 09:14:03AM +0100, Jan de Vries mentioned:',
    'Jan de Vries stated the following on Mon, Mar 02, 2026 at 09:14:03AM +0100 :',
    'Marie Dubois remarked:',
  ])('reads "%s" over a quote as an attribution', (attribution) => {
    expect(extractReply({ text: `${attribution}\n${QUOTE}\n\n${REPLY}` })).toBe(REPLY);
  });

  it('reads a name and a colon right on a quote as an attribution', () => {
    expect(extractReply({ text: `Jan de Vries:\n${QUOTE}\n\n${REPLY}` })).toBe(REPLY);
  });

  it('reads nmh\'s "In a message dated" over "Jan said:" as one attribution', () => {
    const text = `In a message dated: Mon, 02 Mar 2026 09:14:03 CET\nJan de Vries said:\n\n${QUOTE}\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a sentence that ends with a colon above a quote ("Your reminder stated:")', () => {
    const text = `Your reminder stated:\n${QUOTE}\n\nBut we paid it on 3 March.`;
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps a quoted heading with a colon inside the quote the person answers', () => {
    const text = `Thanks, two remarks:\n\n> Payment terms:\n> thirty days net.\n\nWe need sixty days.`;
    expect(extractReply({ text })).toBe(text);
  });

  it('keeps a label with a colon over a quote the person answers ("Note:")', () => {
    const text = `Note:\n> Der Betrag ist fällig.\n\nWir zahlen am Freitag.`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe("extractReply: Foxmail's attribution between rules of equals signs", () => {
  it('cuts the history at "======= At <date> you wrote: ======="', () => {
    const text = `${REPLY}\n\nJan\n\n======= At 2026-03-02, 09:14:03 you wrote: =======\n\nPlease pay invoice 2026-0042.\n\n= = = = = = = = = = = = = = = = = = = =\nCredit Control`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });
});

describe('extractReply: quote marks other than ">"', () => {
  it('reads lines quoted with "|" under "Jan wrote:" as its quote', () => {
    const text = `Jan de Vries wrote:\n| Wann wird die Rechnung 2026-0042 bezahlt?\n|\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('reads pine\'s "--]" quote under an attribution as the quote', () => {
    const text = `On Mon, 2 Mar 2026, Jan de Vries wrote:\n--]Pouvez-vous payer la facture 2026-0042 ?\n--]Elle est échue depuis mars.\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('reads supercite\'s "+>" lines between "Jan>" quotes as quoted', () => {
    const text = `>>>>> On Mon, 2 Mar 2026, "Jan" == Jan de Vries wrote:\n\n  Jan> Invoice 2026-0042 is overdue.\n\n  +> From: Credit Control <cc@us.example>\n  +> Please pay EUR 120.00.\n\n  Jan> Can you confirm?\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps "+>" and "|" lines the person typed without a quote or attribution around them', () => {
    const text = `Totals:\n| 2026-0042 | EUR 120.00 |\n+> carried over: EUR 30.00\n\nWe pay on Friday.`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: clear-signed PGP messages', () => {
  const signature =
    '-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v2\n\niD8DBQE9qEs4HMnSWn2nApQRAn22AJ4xdGWfpxAuY8dLDuHM\n=BS5M\n-----END PGP SIGNATURE-----';

  it('drops the armor and the signature and reads the escaped "- -- " as the signature separator', () => {
    const text = `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n${REPLY}\n\nJan\n- -- \nJan de Vries | Klant BV | +31 20 555 0100\n${signature}\n`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('reads a dash-escaped list item as written', () => {
    const text = `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\nWir zahlen:\n- - Rechnung 2026-0042\n- - Rechnung 2026-0043\n${signature}`;
    expect(extractReply({ text })).toBe('Wir zahlen:\n- Rechnung 2026-0042\n- Rechnung 2026-0043');
  });

  it('cuts the quote under an attribution inside the signed text', () => {
    const text = `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\nJan de Vries wrote:\n${QUOTE}\n\n${REPLY}\n${signature}`;
    expect(extractReply({ text })).toBe(REPLY);
  });
});

const SPONSOR =
  '-------------------------------------------------------\nThis sf.net email is sponsored by: Tired of your old invoicing tool?\nGet a new one here for FREE!\nhttps://sponsor.example/r?x=1\n_______________________________________________\nFinance-talk mailing list\nFinance-talk@lists.klant.example\nhttps://lists.klant.example/lists/listinfo/finance-talk';

describe('extractReply: footers list servers append', () => {
  it.each([
    ['a bare listinfo link', '\n\n\nhttp://lists.klant.example/mailman/listinfo/finance'],
    ['a list sponsor over a Mailman block', `\n\n\n\n${SPONSOR}`],
    [
      'a webmail advert over the list\'s "-- " footer',
      '\n\n__________________________________________________\nDo You Yahoo!?\nEverything you need on one web page\nhttp://uk.my.yahoo.example\n\n\n-- \nFinance list: finance@lists.klant.example\nhttp://lists.klant.example/mailman/listinfo/finance for (un)subscription information.',
    ],
  ])('drops %s', (_name, footer) => {
    expect(extractReply({ text: `${REPLY}\n\nJan${footer}` })).toBe(`${REPLY}\n\nJan`);
  });

  it('drops the footer under a trailing quote, so that the quote goes too', () => {
    const text = `${REPLY}\n\nJan\n\n${QUOTE}\n>\n> - Credit Control\n\n\n\n\n${SPONSOR}`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan`);
  });

  it('keeps a listinfo link a sentence leads to', () => {
    const text = `${REPLY}\nYou can subscribe to our payment notices at\nhttp://lists.us.example/mailman/listinfo/notices`;
    expect(extractReply({ text })).toBe(text);
  });
});

describe('extractReply: signatures of list mail', () => {
  it('keeps "--Jan" and drops the address and link under it', () => {
    const text = `${REPLY}\n\n--Jan\njan@klant.example\nhttps://klant.example`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\n--Jan`);
  });

  it('keeps a dashed list item with prose under it', () => {
    const text = `Offene Posten:\n\n- Rechnung 2026-0042\nbezahlt am 3. März, Beleg folgt.\nSiehe https://klant.example/beleg`;
    expect(extractReply({ text })).toBe(text);
  });

  it('drops a quotation run onto the separator and its author under it', () => {
    const text = `${REPLY}\n\nJan\nhttps://klant.example/invoices\n-- "Paid is paid, whatever the reminder says."\n-- Jan de Vries`;
    expect(extractReply({ text })).toBe(`${REPLY}\n\nJan\nhttps://klant.example/invoices`);
  });
});

describe('extractReply: an attribution in a form we have no words for', () => {
  it('reads a first line with a date and a time right over a quote as an attribution', () => {
    const text = `de'i Monday 2 March 2026 09:14 la Jan cusku di'e\n${QUOTE}\n\n${REPLY}`;
    expect(extractReply({ text })).toBe(REPLY);
  });

  it('keeps a first sentence with a date and a time over a quote', () => {
    const text = `We paid on 2 March 2026 at 09:14.\n${QUOTE}\n\nThe transfer is on its way.`;
    expect(extractReply({ text })).toBe(text);
  });
});
