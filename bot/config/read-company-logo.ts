import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors/app-error.ts';
import type { CompanyLogo } from '../../domain/letters/company-identity.ts';
import { detectImageType } from '../../domain/letters/detect-image-type.ts';

/** Larger than this is not a letterhead logo: it would travel inside every mail. */
const MAX_BYTES = 512 * 1024;

/**
 * COMPANY_LOGO_FILE, read once at start: a PNG or JPEG of at most 512 KB. A missing or unreadable
 * file, or one that is not such an image, is refused here with what to do, never in a letter.
 */
export function readCompanyLogo(file: string | undefined): CompanyLogo | null {
  if (!file) return null;
  const where = `COMPANY_LOGO_FILE: "${file}"`;
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    bytes = readFileSync(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AppError(
      'CONFIG_INVALID',
      `${where} ${code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permissions)' : 'is not a readable file'}. Point it at a PNG or JPEG file of the logo, or unset it.`,
      { cause },
    );
  }
  const contentType = detectImageType(bytes);
  if (!contentType) {
    throw new AppError(
      'CONFIG_INVALID',
      `${where} is not a PNG or JPEG image (its first bytes say otherwise). Save the logo as .png or .jpg; SVG, GIF and WebP are not shown by every mail client or PDF.`,
    );
  }
  if (bytes.length > MAX_BYTES) {
    throw new AppError(
      'CONFIG_INVALID',
      `${where} is ${Math.ceil(bytes.length / 1024)} KB; a logo travels in every mail, keep it under ${MAX_BYTES / 1024} KB (a 600 px wide PNG is plenty).`,
    );
  }
  return { contentType, base64: bytes.toString('base64'), file: path.resolve(file) };
}
