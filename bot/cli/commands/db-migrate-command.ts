import { describeTarget } from '../../../prisma/database-target.ts';
import { migrateDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import type { CommandHandler } from '../command.ts';

/** `collections db migrate`: applies the committed migrations the database has not seen yet. */
export const dbMigrateCommand: CommandHandler = async ({ io, env }) => {
  const config = loadConfig(env);
  io.stderr.write(`Migrating ${describeTarget(config.database)}\n`);
  const report = await migrateDatabase(config.database);
  for (const name of report.applied) io.stdout.write(`applied ${name}\n`);
  io.stdout.write(
    report.applied.length === 0
      ? `Database is up to date (${report.alreadyApplied.length} migrations applied earlier).\n`
      : `Applied ${report.applied.length} migration(s); ${report.alreadyApplied.length} were already applied.\n`,
  );
  if (report.unknownInDatabase.length > 0) {
    io.stderr.write(
      `warning: the database has migrations this checkout does not know (${report.unknownInDatabase.join(', ')}): it was migrated by a newer version.\n`,
    );
  }
  return 0;
};
