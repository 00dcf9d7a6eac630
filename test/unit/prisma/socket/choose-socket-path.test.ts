import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseSocketPath } from '../../../../prisma/socket/choose-socket-path.ts';
import { toSocketDatabaseUrl } from '../../../../prisma/socket/to-socket-database-url.ts';

describe('chooseSocketPath', () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(path.join(tmpdir(), 'collections-sockpath-'));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('puts the socket in a private directory inside the data directory', () => {
    const socket = chooseSocketPath(base);
    expect(socket).toBe(path.join(base, 'serve-socket', '.s.PGSQL.5432'));
    expect(statSync(path.dirname(socket)).mode & 0o777).toBe(0o700);
  });

  it('falls back to a directory named by a hash under tmp when the path is too long for a Unix socket', () => {
    const long = path.join(base, 'x'.repeat(90));
    const socket = chooseSocketPath(long);
    expect(Buffer.byteLength(socket)).toBeLessThanOrEqual(103);
    expect(socket).toMatch(/collections-[0-9a-f]{16}\/\.s\.PGSQL\.5432$/);
    expect(chooseSocketPath(long)).toBe(socket);
    expect(chooseSocketPath(`${long}y`)).not.toBe(socket);
    rmSync(path.dirname(socket), { recursive: true, force: true });
  });

  it('refuses a socket directory others may enter', () => {
    mkdirSync(path.join(base, 'serve-socket'));
    chmodSync(path.join(base, 'serve-socket'), 0o755);
    expect(() => chooseSocketPath(base)).toThrow(/nobody else may enter \(mode 0700\)/);
  });
});

describe('toSocketDatabaseUrl', () => {
  it('gives pg the socket’s directory as host and its port, with PGlite’s user and database', () => {
    const url = new URL(toSocketDatabaseUrl('/srv/data dir/serve-socket/.s.PGSQL.5432'));
    expect(url.searchParams.get('host')).toBe('/srv/data dir/serve-socket');
    expect([url.username, url.port, url.pathname]).toEqual(['postgres', '5432', '/postgres']);
  });
});
