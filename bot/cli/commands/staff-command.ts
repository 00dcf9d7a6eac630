import { z } from 'zod';
import { AppError } from '../../../domain/errors/app-error.ts';
import { STAFF_ROLES } from '../../../domain/staff/staff-role.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { addStaff } from '../../../prisma/staff/add-staff.ts';
import { listStaff } from '../../../prisma/staff/list-staff.ts';
import { removeStaff } from '../../../prisma/staff/remove-staff.ts';
import { loadConfig } from '../../config/load-config.ts';
import { renderTable } from '../../report/render-table.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE = [
  'collections staff add --email <address> --name <name> --role finance|sales|admin [--role ...]',
  'collections staff remove --email <address>',
  'collections staff list [--all] [--json]',
].join('\n       ');

const ZAdd = z.object({
  email: z
    .string({ error: 'give --email' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'give --email as an e-mail address, like anna@example.nl' })),
  name: z.string({ error: 'give --name' }).trim().min(1, { error: 'give --name' }).max(200),
  role: z
    .array(z.string())
    .min(1, { error: `give at least one --role (${STAFF_ROLES.join(', ')})` })
    .transform((roles) => roles.flatMap((role) => role.split(',')).map((role) => role.trim().toLowerCase()))
    .pipe(z.array(z.enum(STAFF_ROLES, { error: `a role is one of ${STAFF_ROLES.join(', ')}` }))),
});

/**
 * `collections staff add|remove|list`: who may sign in to the console and with which roles.
 * Remove takes access away at once (sessions ended) but keeps the person on record for the audit.
 */
export const staffCommand: CommandHandler = async ({ args, io, env }) => {
  const [verb, ...rest] = args;
  const parsed = parseCommandArgs(rest, USAGE, {
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      all: { type: 'boolean' },
    },
  });
  if (verb !== 'add' && verb !== 'remove' && verb !== 'list') {
    throw new AppError('INPUT_INVALID', `Say what to do with staff: add, remove or list. Usage: ${USAGE}`);
  }
  const input =
    verb === 'add'
      ? ZAdd.safeParse({
          email: parsed.values.email,
          name: parsed.values.name,
          role: parsed.values.role ?? [],
        })
      : null;
  if (input && !input.success) {
    throw new AppError(
      'INPUT_INVALID',
      `${input.error.issues.map((i) => i.message).join('; ')}. Usage: ${USAGE}`,
    );
  }
  const email = parsed.values.email?.trim().toLowerCase();
  if (verb === 'remove' && !email) throw new AppError('INPUT_INVALID', `Give --email. Usage: ${USAGE}`);
  const config = loadConfig(env);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    if (input?.success) {
      const roles = [...new Set(input.data.role)];
      const { staff, created } = await addStaff({
        prisma: db.prisma,
        email: input.data.email,
        name: input.data.name,
        roles,
        actor: 'cli',
      });
      io.stdout.write(
        `${created ? 'added' : 'updated'} ${staff.email} (${staff.name}): ${staff.roles.join(', ')}\n`,
      );
      return 0;
    }
    if (verb === 'remove' && email) {
      const removed = await removeStaff({ prisma: db.prisma, email, actor: 'cli' });
      if (!removed.found) {
        throw new AppError(
          'NOT_FOUND',
          `No staff with e-mail ${email}. See who there is with: collections staff list`,
        );
      }
      io.stdout.write(`removed ${email}; ${removed.sessionsEnded} session(s) ended\n`);
      return 0;
    }
    const staff = await listStaff({ prisma: db.prisma, includeRemoved: parsed.values.all === true });
    if (parsed.values.json) {
      io.stdout.write(
        `${JSON.stringify(
          staff.map(({ id: _id, ...rest }) => rest),
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    if (staff.length === 0) {
      io.stdout.write(
        'No staff yet. Add someone: collections staff add --email ... --name ... --role finance\n',
      );
      return 0;
    }
    io.stdout.write(
      renderTable({
        columns: [{ header: 'email' }, { header: 'name' }, { header: 'roles' }, { header: 'active' }],
        rows: staff.map((s) => [s.email, s.name, s.roles.join(','), s.active ? 'yes' : 'no']),
      }),
    );
    return 0;
  } finally {
    await db.close();
  }
};
