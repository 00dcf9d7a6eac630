-- CreateIndex
CREATE INDEX "payment_promise_invoice_id_status_idx" ON "payment_promise"("invoice_id", "status");
