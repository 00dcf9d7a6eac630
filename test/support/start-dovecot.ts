import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './find-free-port.ts';

export interface DovecotServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly dir: string;
  stop(): Promise<void>;
}

const DOVECOT_BINARIES = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];

/** The dovecot binary, or null: tests skip with a clear message when Dovecot is not installed. */
export function findDovecot(): string | null {
  const fromEnv = process.env.DOVECOT_BIN;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return DOVECOT_BINARIES.find((path) => existsSync(path)) ?? null;
}

/**
 * Starts a throwaway Dovecot (IMAP only, plain auth on loopback, one passwd-file user, Maildir in
 * a temp dir) in the foreground. Dovecot refuses mail access as root, so under root the mail user
 * is `nobody` and the services run as Debian's `dovecot`/`dovenull` users; as any other user
 * everything runs as that user.
 */
export async function startDovecot({
  user = 'collections',
  password = 'secret',
  oauth2,
}: {
  user?: string;
  password?: string;
  /**
   * Tokens instead of passwords: the oauth2 passdb asks `introspectionUrl` (RFC 7662, POST
   * token=...) and accepts only these SASL mechanisms (default XOAUTH2 and OAUTHBEARER).
   */
  oauth2?: { introspectionUrl: string; mechanisms?: readonly ('xoauth2' | 'oauthbearer')[] };
} = {}): Promise<DovecotServer> {
  const binary = findDovecot();
  if (!binary)
    throw new Error('dovecot is not installed: apt-get install -y dovecot-imapd (or set DOVECOT_BIN)');
  const dir = mkdtempSync(join(tmpdir(), 'collections-dovecot-'));
  const port = await findFreePort();
  const me = userInfo();
  const root = me.uid === 0;
  const mailUid = root ? 65534 : me.uid;
  const mailGid = root ? 65534 : me.gid;
  const mailDir = join(dir, 'mail');
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub), { recursive: true });
  if (root) {
    // The auth process runs as `dovecot` and must read the passwd file; mkdtemp makes 0700.
    chmodSync(dir, 0o755);
    chownSync(mailDir, mailUid, mailGid);
  }
  writeFileSync(
    join(dir, 'passwd'),
    `${user}:{PLAIN}${password}:${mailUid}:${mailGid}::${mailDir}/${user}::\n`,
  );
  if (oauth2) {
    writeFileSync(
      join(dir, 'dovecot-oauth2.conf.ext'),
      `introspection_mode = post
introspection_url = ${oauth2.introspectionUrl}
username_attribute = username
active_attribute = active
active_value = true
`,
    );
  }
  const passdb = oauth2
    ? `passdb {
  driver = oauth2
  mechanisms = ${(oauth2.mechanisms ?? ['xoauth2', 'oauthbearer']).join(' ')}
  args = ${dir}/dovecot-oauth2.conf.ext
}`
    : `passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}`;
  const serviceUser = root ? 'dovecot' : me.username;
  const loginUser = root ? 'dovenull' : me.username;
  writeFileSync(
    join(dir, 'dovecot.conf'),
    `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = ${oauth2 ? (oauth2.mechanisms ?? ['xoauth2', 'oauthbearer']).join(' ') : 'plain login'}
default_internal_user = ${serviceUser}
default_login_user = ${loginUser}
first_valid_uid = ${Math.min(mailUid, 1)}
last_valid_uid = 0
mail_location = maildir:${mailDir}/%u
mail_fsync = never
maildir_very_dirty_syncs = yes
${passdb}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  ${root ? '' : 'chroot ='}
}
${root ? '' : 'service anvil {\n  chroot =\n}\n'}
protocol imap {
  mail_max_userip_connections = 50
}
`,
  );
  const child = spawn(binary, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  try {
    await waitForPort(port, child, () => `${output}\n${readLog(dir)}`);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    dir,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'dovecot.log'), 'utf8');
  } catch {
    return '';
  }
}

async function waitForPort(port: number, child: ChildProcess, describe: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dovecot exited with ${child.exitCode}: ${describe()}`);
    const greeted = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.setTimeout(3_000);
      socket.once('data', (data) => {
        socket.destroy();
        resolve(String(data).startsWith('* OK'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
      socket.connect(port, '127.0.0.1');
    });
    if (greeted) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`dovecot did not greet on 127.0.0.1:${port} within 30 s: ${describe()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
