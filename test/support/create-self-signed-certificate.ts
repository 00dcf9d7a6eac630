import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throwaway RSA key and self-signed certificate from openssl (PEM text), for the loopback
 * servers that stand in for HTTPS services (`loopback: true` adds the 127.0.0.1/localhost
 * names) and for an app's sign-in certificate.
 */
export function createSelfSignedCertificate({
  subject = '/CN=127.0.0.1',
  loopback = true,
  days = 2,
}: {
  subject?: string;
  loopback?: boolean;
  days?: number;
} = {}): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'collections-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        String(days),
        '-subj',
        subject,
        ...(loopback ? ['-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'] : []),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
