-- Moneybird pushes invoice state changes to serve: the webhook registered for a connection and
-- its token (sealed with LEDGER_TOKEN_KEY), which every push carries and serve compares.
ALTER TABLE "ledger_connection" ADD COLUMN "webhook_id" TEXT;
ALTER TABLE "ledger_connection" ADD COLUMN "webhook_token" TEXT;
