import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/errors/app-error.ts';
import { Prisma, type PrismaClient } from '../generated/client.ts';

/** A stored document as botbuilder's Storage sees it: any JSON object with an optional eTag. */
export type StoreDocument = { eTag?: string; [key: string]: unknown };

/**
 * botbuilder's Storage contract (read/write/delete with eTag optimistic concurrency) on our
 * database, so the chat's dialog state survives restarts and is shared by every server process.
 * Written structurally (no botbuilder import): prisma/ knows no bot framework, and the shape is
 * all botbuilder needs. A write with eTag "*" or without one always wins (what BotState does); a
 * write carrying an older eTag fails with CONFLICT, like botbuilder's MemoryStorage.
 */
export interface ChatStateStorage {
  read(keys: string[]): Promise<Record<string, StoreDocument>>;
  write(changes: Record<string, StoreDocument>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export function createChatStateStorage({ prisma }: { prisma: PrismaClient }): ChatStateStorage {
  return {
    async read(keys) {
      if (keys.length === 0) return {};
      const rows = await prisma.chatState.findMany({ where: { key: { in: keys } } });
      const result: Record<string, StoreDocument> = {};
      for (const row of rows) {
        result[row.key] = { ...(row.document as Record<string, unknown>), eTag: row.etag };
      }
      return result;
    },
    async write(changes) {
      for (const [key, change] of Object.entries(changes)) {
        const { eTag, ...rest } = change;
        const document = rest as Prisma.InputJsonValue;
        const etag = randomUUID();
        if (eTag === undefined || eTag === '*' || eTag === '') {
          await prisma.chatState.upsert({
            where: { key },
            create: { key, document, etag },
            update: { document, etag },
          });
          continue;
        }
        const { count } = await prisma.chatState.updateMany({
          where: { key, etag: eTag },
          data: { document, etag },
        });
        if (count === 1) continue;
        const exists = await prisma.chatState.findUnique({ where: { key }, select: { key: true } });
        if (exists) throw conflict(key);
        try {
          await prisma.chatState.create({ data: { key, document, etag } });
        } catch (error) {
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
            throw conflict(key);
          throw error;
        }
      }
    },
    async delete(keys) {
      if (keys.length > 0) await prisma.chatState.deleteMany({ where: { key: { in: keys } } });
    },
  };
}

function conflict(key: string): AppError {
  return new AppError(
    'CONFLICT',
    `Storage: error writing "${key}" due to eTag conflict: another turn changed it first; read it again and retry.`,
  );
}
