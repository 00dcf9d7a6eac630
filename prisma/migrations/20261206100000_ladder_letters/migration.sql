-- Formal ladder letters as PDF, by e-mail, post or both (issue 17): the debtor's postal address
-- for the window envelope, and one row per letter with its PDF, how it was sent, and the day it
-- was posted (the 14-day term of art. 6:96 lid 6 BW counts from the real posting).

ALTER TABLE "debtor" ADD COLUMN "address_street" TEXT,
ADD COLUMN "address_postal_code" TEXT,
ADD COLUMN "address_city" TEXT,
ADD COLUMN "address_country" TEXT;

-- CreateEnum
CREATE TYPE "LetterDelivery" AS ENUM ('email', 'post', 'both');

-- CreateTable
CREATE TABLE "ladder_letter" (
    "id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "debtor_id" UUID NOT NULL,
    "invoice_ids" UUID[],
    "step_code" TEXT NOT NULL,
    "letter_kind" TEXT NOT NULL,
    "step_index" INTEGER NOT NULL,
    "costs_cents" INTEGER,
    "letter_date" DATE NOT NULL,
    "delivery" "LetterDelivery" NOT NULL,
    "pdf" BYTEA NOT NULL,
    "email_message_id" UUID,
    "printed_at" TIMESTAMPTZ(3),
    "posted_on" DATE,
    "postal_service" TEXT,
    "postal_reference" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ladder_letter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ladder_letter_idempotency_key_key" ON "ladder_letter"("idempotency_key");

-- CreateIndex
CREATE INDEX "ladder_letter_letter_date_delivery_idx" ON "ladder_letter"("letter_date", "delivery");

-- CreateIndex
CREATE INDEX "ladder_letter_debtor_id_idx" ON "ladder_letter"("debtor_id");

-- AddForeignKey
ALTER TABLE "ladder_letter" ADD CONSTRAINT "ladder_letter_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
