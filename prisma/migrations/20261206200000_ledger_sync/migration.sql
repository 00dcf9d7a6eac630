-- CreateTable
CREATE TABLE "ledger_sync_state" (
    "source" TEXT NOT NULL,
    "cursor" TEXT,
    "last_run_at" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "failing_since" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "last_counts" JSONB,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ledger_sync_state_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "ledger_credit_note" (
    "source" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "debtor_reference" TEXT NOT NULL,
    "invoice_number" TEXT,
    "invoice_id" UUID,
    "amount_cents" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "outcome" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_credit_note_pkey" PRIMARY KEY ("source","external_id")
);

-- CreateIndex
CREATE INDEX "ledger_credit_note_invoice_id_idx" ON "ledger_credit_note"("invoice_id");
