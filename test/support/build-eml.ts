/** A plain RFC 822 message for tests; headers in order, CRLF line ends. */
export function buildEml({
  from,
  to = 'debiteuren@ourcompany.example',
  subject,
  body,
  messageId,
  headers = {},
}: {
  from: string;
  to?: string;
  subject: string;
  body: string;
  messageId?: string | null;
  headers?: Record<string, string>;
}): string {
  const lines = [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0100',
    ...(messageId === null
      ? []
      : [`Message-ID: ${messageId ?? `<${Math.random().toString(36).slice(2)}@test.example>`}`]),
    'MIME-Version: 1.0',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    lines.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
  }
  return `${lines.join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`;
}
