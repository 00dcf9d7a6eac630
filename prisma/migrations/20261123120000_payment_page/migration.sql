-- CreateTable
CREATE TABLE "provider_payment" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "invoice_id" UUID,
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" TEXT NOT NULL,
    "checkout_url" TEXT,
    "outcome" TEXT,
    "review_reason" TEXT,
    "payment_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "provider_payment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "provider_payment_payment_id_key" ON "provider_payment"("payment_id");

-- CreateIndex
CREATE INDEX "provider_payment_invoice_id_created_at_idx" ON "provider_payment"("invoice_id", "created_at");

-- CreateIndex
CREATE INDEX "provider_payment_outcome_idx" ON "provider_payment"("outcome");
