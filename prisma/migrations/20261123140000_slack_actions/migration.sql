-- CreateEnum
CREATE TYPE "ActionNoticeStatus" AS ENUM ('pending', 'queued', 'skipped');

-- CreateTable
CREATE TABLE "action_notice" (
    "id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "proposal_id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "status" "ActionNoticeStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "message_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queued_at" TIMESTAMPTZ(3),

    CONSTRAINT "action_notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "action_notice_idempotency_key_key" ON "action_notice"("idempotency_key");

-- CreateIndex
CREATE INDEX "action_notice_status_next_attempt_at_idx" ON "action_notice"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "action_notice_proposal_id_idx" ON "action_notice"("proposal_id");
