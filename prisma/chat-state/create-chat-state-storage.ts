import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/errors/app-error.ts';
import type { PrismaClient } from '../generated/client.ts';
import { parseChatDocument } from './parse-chat-json.ts';

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
      // Raw SQL: one read and one write per turn, kept as cheap as the database allows.
      const rows = await prisma.$queryRaw<{ key: string; document: unknown; etag: string }[]>`
        SELECT key, document, etag FROM chat_state WHERE key = ANY(${keys}::text[])`;
      const result: Record<string, StoreDocument> = {};
      for (const row of rows) result[row.key] = { ...parseChatDocument(row), eTag: row.etag };
      return result;
    },
    async write(changes) {
      for (const [key, change] of Object.entries(changes)) {
        const { eTag, ...rest } = change;
        const document = JSON.stringify(rest);
        const etag = randomUUID();
        if (eTag === undefined || eTag === '*' || eTag === '') {
          await prisma.$executeRaw`
            INSERT INTO chat_state (key, document, etag, updated_at) VALUES (${key}, ${document}::jsonb, ${etag}, now())
            ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = now()`;
          continue;
        }
        const updated = await prisma.$executeRaw`
          UPDATE chat_state SET document = ${document}::jsonb, etag = ${etag}, updated_at = now()
          WHERE key = ${key} AND etag = ${eTag}`;
        if (updated === 1) continue;
        const inserted = await prisma.$executeRaw`
          INSERT INTO chat_state (key, document, etag, updated_at) VALUES (${key}, ${document}::jsonb, ${etag}, now())
          ON CONFLICT (key) DO NOTHING`;
        if (inserted !== 1) throw conflict(key);
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
