import type { SmtpSink } from '../../../support/start-smtp-sink.ts';

export interface ConsoleResponse {
  readonly status: number;
  readonly location: string | null;
  readonly html: string;
  readonly headers: Headers;
}

/** A browser-less client of the console: a cookie jar, forms posted url-encoded, redirects not followed. */
export class ConsoleClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<ConsoleResponse> {
    return this.send('GET', path, null, headers);
  }

  async post(path: string, form: Record<string, string | string[]>): Promise<ConsoleResponse> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) {
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    }
    return this.send('POST', path, body.toString());
  }

  /** The value of the page's first hidden input with this name. */
  static hidden(html: string, name: string): string {
    const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
    if (!match) throw new Error(`no hidden ${name} in:\n${html.slice(0, 2000)}`);
    return match[1]!;
  }

  /**
   * Signs in with a one-time link: asks for it, reads it from the SMTP sink, opens it and uses it.
   * Returns the link (to replay it) and the inbox's CSRF token.
   */
  async signInWithLink(smtp: SmtpSink, email: string): Promise<{ link: string; csrf: string }> {
    const page = await this.get('/console/sign-in');
    const before = smtp.mails.length;
    const asked = await this.post('/console/sign-in/link', {
      form: ConsoleClient.hidden(page.html, 'form'),
      email,
    });
    if (asked.status !== 200) throw new Error(`asking for a link answered ${asked.status}`);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    const link = /https?:\/\/\S+\/console\/sign-in\/link\/[\w-]+/.exec(mail!.parsed.text ?? '')?.[0];
    if (!link) throw new Error(`no link in the mail: ${mail!.parsed.text}`);
    await this.useLink(link);
    const inbox = await this.get('/console');
    if (inbox.status !== 200)
      throw new Error(
        `the inbox after sign-in answered ${inbox.status} ${inbox.location} ${inbox.html.slice(0, 300)}`,
      );
    return { link, csrf: ConsoleClient.hidden(inbox.html, 'csrf') };
  }

  /** Opens a sign-in link and presses its button. */
  async useLink(link: string): Promise<ConsoleResponse> {
    const opened = await this.get(new URL(link).pathname);
    return this.post('/console/sign-in/link/use', {
      token: ConsoleClient.hidden(opened.html, 'token'),
      form: ConsoleClient.hidden(opened.html, 'form'),
    });
  }

  private async send(
    method: string,
    path: string,
    body: string | null,
    headers: Record<string, string> = {},
  ): Promise<ConsoleResponse> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...headers,
        ...(body !== null ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...(this.cookies.size
          ? {
              cookie: [...this.cookies]
                .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
                .join('; '),
            }
          : {}),
      },
      ...(body !== null ? { body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = decodeURIComponent(pair.slice(at + 1).trim());
      if (attributes.some((a) => a.trim().toLowerCase() === 'max-age=0')) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: await response.text(),
      headers: response.headers,
    };
  }
}
