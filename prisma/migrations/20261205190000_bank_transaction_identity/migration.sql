-- The same bank transaction in another statement (intraday then day-end, a re-export, MT940 and
-- CAMT.053 of one day) is found by the bank's reference, the payer's end-to-end id, or, failing
-- both, its content (domain/bank/identify-bank-transaction.ts). Rows imported before have no keys.

ALTER TABLE "bank_entry" ADD COLUMN "value_date" DATE,
ADD COLUMN "bank_reference" TEXT,
ADD COLUMN "end_to_end_id" TEXT,
ADD COLUMN "reference_key" TEXT,
ADD COLUMN "end_to_end_key" TEXT,
ADD COLUMN "content_key" TEXT,
ADD COLUMN "duplicate_of" UUID;

-- CreateIndex
CREATE INDEX "bank_entry_reference_key_idx" ON "bank_entry"("reference_key");

-- CreateIndex
CREATE INDEX "bank_entry_end_to_end_key_idx" ON "bank_entry"("end_to_end_key");

-- CreateIndex
CREATE INDEX "bank_entry_content_key_idx" ON "bank_entry"("content_key");
