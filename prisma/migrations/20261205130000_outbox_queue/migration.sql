-- One queue mechanism for every outbox (prisma/outbox): each queue table has attempts,
-- next_attempt_at, lease_until, dead_at and last_error. Existing rows keep their state:
-- what was given up becomes a dead letter (kept, never claimed again), the rest stays due.

-- email_outbox: its claim column was called locked_until.
ALTER TABLE "email_outbox" RENAME COLUMN "locked_until" TO "lease_until";
ALTER TABLE "email_outbox" ADD COLUMN "dead_at" TIMESTAMPTZ(3);
UPDATE "email_outbox" SET "dead_at" = "next_attempt_at" WHERE "status" = 'failed';

-- slack_outbox: the old claim moved next_attempt_at forward; such a row is simply due then.
ALTER TABLE "slack_outbox" ADD COLUMN "lease_until" TIMESTAMPTZ(3),
ADD COLUMN "dead_at" TIMESTAMPTZ(3);
UPDATE "slack_outbox" SET "dead_at" = "next_attempt_at" WHERE "status" = 'failed';

-- action_notice: a skipped notice (nobody to tell) waits for a person.
ALTER TABLE "action_notice" ADD COLUMN "lease_until" TIMESTAMPTZ(3),
ADD COLUMN "dead_at" TIMESTAMPTZ(3);
UPDATE "action_notice" SET "dead_at" = "next_attempt_at" WHERE "status" = 'skipped';

-- email_retry: attempts and the reason lived on the failed message row only. A mail given up
-- was scheduled 36,500 days after its last failure ("never due again").
ALTER TABLE "email_retry" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "lease_until" TIMESTAMPTZ(3),
ADD COLUMN "dead_at" TIMESTAMPTZ(3),
ADD COLUMN "last_error" TEXT;
UPDATE "email_retry" r SET "attempts" = m."attempts", "last_error" = m."failure_reason"
  FROM "message" m WHERE m."id" = r."message_id";
UPDATE "email_retry" SET "dead_at" = "next_attempt_at" - INTERVAL '36500 days',
  "next_attempt_at" = "next_attempt_at" - INTERVAL '36500 days'
  WHERE "next_attempt_at" > "created_at" + INTERVAL '36000 days';

-- CreateTable
CREATE TABLE "chat_outbox" (
    "message_id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMPTZ(3),
    "dead_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "chat_outbox_pkey" PRIMARY KEY ("message_id")
);

-- CreateIndex
CREATE INDEX "chat_outbox_debtor_id_next_attempt_at_idx" ON "chat_outbox"("debtor_id", "next_attempt_at");

-- Chat notices were outbound message rows keyed "outbound:<key>", queued until delivered.
INSERT INTO "chat_outbox" ("message_id", "debtor_id", "attempts", "next_attempt_at", "created_at", "sent_at")
  SELECT "id", "debtor_id", CASE WHEN "status" = 'sent' THEN GREATEST("attempts", 1) ELSE 0 END,
    "created_at", "created_at", CASE WHEN "status" = 'sent' THEN COALESCE("sent_at", "updated_at") END
  FROM "message"
  WHERE "channel" = 'chat' AND "direction" = 'outbound' AND "external_id" LIKE 'outbound:%'
    AND "debtor_id" IS NOT NULL;
