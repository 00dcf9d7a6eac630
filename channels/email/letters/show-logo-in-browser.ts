import type { CompanyLogo } from '../../../domain/letters/company-identity.ts';
import { LOGO_CONTENT_ID } from './logo-content-id.ts';

/**
 * A mail's HTML as a browser shows it outside a mail client: the logo the mail carries as an
 * inline attachment (`cid:`) becomes a data: URI, which a browser (and the console's sandboxed
 * letter view, `img-src data:`) displays. Unchanged without a logo file.
 */
export function showLogoInBrowser(html: string, logo: CompanyLogo | null | undefined): string {
  if (!logo) return html;
  return html.replaceAll(`cid:${LOGO_CONTENT_ID}`, `data:${logo.contentType};base64,${logo.base64}`);
}
