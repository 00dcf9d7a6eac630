/** The mails issue 13 found to cost too much (or fail unreadably), plus the variants around them. */
export const PATHOLOGICAL_MAILS = [
  'deep-3k',
  'deep-1mb',
  'text-25mb',
  'html-25mb',
  'attachments',
  'nul-bytes',
  'long-line',
] as const;
export type PathologicalMail = (typeof PATHOLOGICAL_MAILS)[number];

const MB = 1_000_000;

function headers(from: string, messageId: string, subject: string, contentType: string): string {
  return [
    `From: ${from}`,
    'To: debiteuren@ourcompany.example',
    `Subject: ${subject}`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0100',
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
  ].join('\r\n');
}

function body(kind: PathologicalMail): { contentType: string; body: string } {
  const html = 'text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit';
  const text = 'text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit';
  const reply = 'Wij betalen factuur INV-2026-0001 vrijdag.';
  switch (kind) {
    case 'deep-3k':
    case 'deep-1mb': {
      const depth = kind === 'deep-3k' ? 3000 : Math.ceil(MB / 11);
      return { contentType: html, body: `${'<div>'.repeat(depth)}${reply}${'</div>'.repeat(depth)}` };
    }
    case 'text-25mb': {
      const line = `${reply} Met vriendelijke groet, Jan de Vries, Klant BV.\r\n`;
      return { contentType: text, body: line.repeat(Math.floor((25 * MB) / line.length)) };
    }
    case 'html-25mb': {
      const paragraph = `<p>${reply} <b>Met vriendelijke groet</b>, Jan.</p>\r\n`;
      return {
        contentType: html,
        body: `<html><body>${paragraph.repeat(Math.floor((25 * MB) / paragraph.length))}</body></html>`,
      };
    }
    case 'attachments': {
      // 400 attachments of 45 kB in base64: about 24 MB of source.
      const boundary = 'pathological-boundary';
      const content = Buffer.alloc(45_000, 'betalingsadvies ').toString('base64').replace(/.{76}/g, '$&\r\n');
      const parts = [`--${boundary}\r\nContent-Type: ${text}\r\n\r\n${reply}\r\n`];
      for (let index = 0; index < 400; index++) {
        parts.push(
          `--${boundary}\r\nContent-Type: application/octet-stream; name="advies-${index}.bin"\r\nContent-Disposition: attachment; filename="advies-${index}.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${content}\r\n`,
        );
      }
      return {
        contentType: `multipart/mixed; boundary="${boundary}"`,
        body: `${parts.join('')}--${boundary}--`,
      };
    }
    case 'nul-bytes':
      return {
        contentType: text,
        body: `Wij betalen\u0000 factuur INV-2026-0001\u0000 vrijdag.\u0001\u0007`,
      };
    case 'long-line':
      // 16 MB on one line: no line end for the line rules to split on.
      return { contentType: text, body: `${reply} ${'betalen '.repeat(2 * MB)}` };
  }
}

/** A raw RFC 822 mail of the given kind, CRLF line ends, as a Buffer. */
export function buildPathologicalMail({
  kind,
  from = 'jan@klant.example',
  messageId = `<${kind}.${Math.random().toString(36).slice(2)}@klant.example>`,
  subject = 'Re: Herinnering factuur INV-2026-0001',
}: {
  kind: PathologicalMail;
  from?: string;
  messageId?: string;
  /** Same sender, subject and text is the same mail to de-duplication: vary it to store two. */
  subject?: string;
}): Buffer {
  const { contentType, body: content } = body(kind);
  return Buffer.from(`${headers(from, messageId, subject, contentType)}\r\n\r\n${content}\r\n`, 'utf8');
}
