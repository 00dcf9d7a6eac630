import { describe, expect, it } from 'vitest';
import { LOGO_CONTENT_ID } from '../../../../../channels/email/letters/logo-content-id.ts';
import { showLogoInBrowser } from '../../../../../channels/email/letters/show-logo-in-browser.ts';

describe('showLogoInBrowser', () => {
  const html = `<p><img src="cid:${LOGO_CONTENT_ID}" alt="Acme"></p><img src="cid:other@x">`;

  it('turns the inline logo into a data: URI a browser shows, and nothing else', () => {
    const shown = showLogoInBrowser(html, {
      contentType: 'image/png',
      base64: 'iVBORw0KGgo=',
      file: 'logo.png',
    });
    expect(shown).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(shown).not.toContain(`cid:${LOGO_CONTENT_ID}`);
    expect(shown).toContain('cid:other@x');
  });

  it('leaves the HTML as it is without a logo file', () => {
    expect(showLogoInBrowser(html, null)).toBe(html);
  });
});
