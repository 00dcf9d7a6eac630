/**
 * A child process for the shared-database test: opens the database as every command does
 * (DATABASE_URL / PGLITE_DATA_DIR; while serve runs, through its socket) and adds 1 to
 * `counter.n` ROUNDS times, each a read-modify-write in one transaction with a pause between the
 * read and the write, then prints "done <rounds>". Lost updates show as a smaller total.
 */

import { resolveDatabaseTarget } from '../../prisma/database-target.ts';
import { openDatabase } from '../../prisma/open-database.ts';

const rounds = Number(process.env.ROUNDS ?? '10');
const db = await openDatabase({ target: resolveDatabaseTarget(process.env) });
try {
  for (let round = 0; round < rounds; round += 1) {
    await db.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT n FROM counter`;
      await new Promise((resolve) => setTimeout(resolve, 5));
      await tx.$executeRaw`UPDATE counter SET n = ${row!.n + 1}`;
    });
  }
  console.log(`done ${rounds}`);
} finally {
  await db.close();
}
