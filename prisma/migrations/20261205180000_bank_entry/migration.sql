-- Imported bank statement entries (collections import-bank): one row per entry, unique by account,
-- statement and entry reference, so a statement imported again adds nothing.

-- CreateTable
CREATE TABLE "bank_entry" (
    "id" UUID NOT NULL,
    "account" TEXT NOT NULL,
    "statement_id" TEXT NOT NULL,
    "entry_ref" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "booking_date" DATE NOT NULL,
    "direction" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "counterparty_iban" TEXT,
    "counterparty_name" TEXT,
    "structured_ref" TEXT,
    "remittance" TEXT NOT NULL,
    "return_code" TEXT,
    "outcome" TEXT,
    "match_rule" TEXT,
    "debtor_id" UUID,
    "review_reason" TEXT,
    "candidates" JSONB,
    "source_file" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bank_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "bank_entry_counterparty_iban_idx" ON "bank_entry"("counterparty_iban");

-- CreateIndex
CREATE UNIQUE INDEX "bank_entry_account_statement_id_entry_ref_key" ON "bank_entry"("account", "statement_id", "entry_ref");

