import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIOME = path.join(ROOT, 'node_modules/.bin/biome');

/**
 * Lints a source text placed at `file` (a throwaway probe file next to the real code, removed
 * again), with the project's real biome.json.
 */
function lintAs(file: string, source: string) {
  const probe = path.join(ROOT, file.replace(/\.ts$/, `.layer-probe-${randomBytes(4).toString('hex')}.ts`));
  writeFileSync(probe, source);
  try {
    const result = spawnSync(BIOME, ['lint', probe], { cwd: ROOT, encoding: 'utf8' });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(probe, { force: true });
  }
}

describe('layer rules (biome.json), the same check `npm run lint` runs in CI', () => {
  it('fails when domain/ imports Prisma', () => {
    const result = lintAs(
      'domain/policy/bad.ts',
      "import { PrismaClient } from '@prisma/client';\nexport const x = PrismaClient;\n",
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('noRestrictedImports');
  });

  it('fails when domain/ imports the persistence layer or an I/O library', () => {
    expect(
      lintAs(
        'domain/x.ts',
        "import { openDatabase } from '../prisma/open-database.ts';\nexport const x = openDatabase;\n",
      ).code,
    ).not.toBe(0);
    expect(
      lintAs('domain/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n").code,
    ).not.toBe(0);
  });

  it('fails when bot/ reaches for the Prisma client instead of a repository', () => {
    expect(
      lintAs(
        'bot/x.ts',
        "import { PrismaClient } from '../prisma/generated/client.ts';\nexport const x = PrismaClient;\n",
      ).code,
    ).not.toBe(0);
  });

  it('fails when nlp/ imports a channel, and accepts nlp/ reading the domain vocabulary', () => {
    // Why the MIME parser both the e-mail channel and `classify --eml` use lives in nlp/mail.
    const channel = lintAs(
      'nlp/x.ts',
      "import { readEmailConfig } from '../channels/email/read-email-config.ts';\nexport const x = readEmailConfig;\n",
    );
    expect(channel.code).not.toBe(0);
    expect(channel.output).toContain('noRestrictedImports');
    const domain = lintAs(
      'nlp/x.ts',
      "import type { Understanding } from '../domain/messages/understanding.ts';\nexport type X = Understanding;\n",
    );
    expect(domain.output).not.toContain('noRestrictedImports');
    expect(domain.code).toBe(0);
  });

  it('accepts a domain/ file that imports only the domain', () => {
    const result = lintAs(
      'domain/x.ts',
      "import { addDays } from './model/iso-date.ts';\nexport const x = addDays;\n",
    );
    expect(result.output).not.toContain('noRestrictedImports');
    expect(result.code).toBe(0);
  });
});
