-- CreateEnum
CREATE TYPE "SlackOutboxStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateTable
CREATE TABLE "slack_outbox" (
    "id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "message_key" TEXT,
    "payload" JSONB NOT NULL,
    "status" "SlackOutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "slack_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "slack_message" (
    "key" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "slack_message_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "slack_outbox_idempotency_key_key" ON "slack_outbox"("idempotency_key");

-- CreateIndex
CREATE INDEX "slack_outbox_status_next_attempt_at_idx" ON "slack_outbox"("status", "next_attempt_at");
