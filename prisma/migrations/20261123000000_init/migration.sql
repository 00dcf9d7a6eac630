-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DebtorKind" AS ENUM ('company', 'consumer');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('open', 'disputed', 'planned', 'paid', 'credited', 'written_off');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('email', 'chat', 'slack', 'system');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('inbound', 'outbound');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('received', 'processed', 'unmatched', 'failed', 'queued', 'sent');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('proposed', 'approved', 'rejected', 'executed', 'expired');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('pending_approval', 'active', 'completed', 'breached', 'rejected', 'cancelled');

-- CreateEnum
CREATE TYPE "InstallmentStatus" AS ENUM ('due', 'paid', 'missed');

-- CreateEnum
CREATE TYPE "PromiseStatus" AS ENUM ('open', 'kept', 'broken');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('open', 'taken', 'resolved_stands', 'credited', 'escalated');

-- CreateTable
CREATE TABLE "debtor" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DebtorKind" NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'nl',
    "account_owner" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "debtor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact" (
    "id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "undeliverable" BOOLEAN NOT NULL DEFAULT false,
    "undeliverable_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "debtor_id" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "amount_cents" INTEGER NOT NULL,
    "open_cents" INTEGER NOT NULL,
    "issue_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "po_number" TEXT,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'open',
    "payment_plan_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "invoice_id" UUID,
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "source" TEXT NOT NULL,
    "reference" TEXT,
    "external_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation" (
    "id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "invoice_id" UUID,
    "channel" "Channel" NOT NULL,
    "subject" TEXT,
    "external_thread_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message" (
    "id" UUID NOT NULL,
    "conversation_id" UUID,
    "debtor_id" UUID,
    "invoice_id" UUID,
    "channel" "Channel" NOT NULL,
    "direction" "Direction" NOT NULL,
    "external_id" TEXT NOT NULL,
    "content_hash" TEXT,
    "from_address" TEXT,
    "to_address" TEXT,
    "subject" TEXT,
    "raw_text" TEXT NOT NULL,
    "cleaned_text" TEXT,
    "kind" TEXT,
    "status" "MessageStatus" NOT NULL,
    "failure_reason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "headers" JSONB,
    "sent_at" TIMESTAMPTZ(3),
    "received_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "classification" (
    "id" UUID NOT NULL,
    "message_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "secondary" TEXT[],
    "confidence" DOUBLE PRECISION NOT NULL,
    "abstained" BOOLEAN NOT NULL,
    "language" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "model_version" TEXT NOT NULL,
    "entities" JSONB NOT NULL,
    "explanation" JSONB NOT NULL,
    "decided_by" TEXT NOT NULL DEFAULT 'classifier',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "classification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proposal" (
    "id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "invoice_id" UUID,
    "message_id" UUID,
    "classification_id" UUID,
    "action" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "requires_approval" BOOLEAN NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'proposed',
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "executed_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_plan" (
    "id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "proposal_id" UUID,
    "status" "PlanStatus" NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "total_cents" INTEGER NOT NULL,
    "down_payment_cents" INTEGER NOT NULL DEFAULT 0,
    "approved_by" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payment_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "installment" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "paid_cents" INTEGER NOT NULL DEFAULT 0,
    "status" "InstallmentStatus" NOT NULL DEFAULT 'due',

    CONSTRAINT "installment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dunning_state" (
    "invoice_id" UUID NOT NULL,
    "step" INTEGER NOT NULL DEFAULT -1,
    "step_code" TEXT,
    "last_step_at" TIMESTAMPTZ(3),
    "letter_sent_at" TIMESTAMPTZ(3),
    "letter_costs_cents" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dunning_state_pkey" PRIMARY KEY ("invoice_id")
);

-- CreateTable
CREATE TABLE "dunning_pause" (
    "id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "until" DATE NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lifted_at" TIMESTAMPTZ(3),

    CONSTRAINT "dunning_pause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_promise" (
    "id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "invoice_id" UUID,
    "message_id" UUID,
    "promised_date" DATE NOT NULL,
    "amount_cents" INTEGER,
    "status" "PromiseStatus" NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_promise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dispute" (
    "id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "message_id" UUID,
    "status" "DisputeStatus" NOT NULL DEFAULT 'open',
    "summary" TEXT NOT NULL,
    "owner" TEXT,
    "resolution" TEXT,
    "credit_cents" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "debtor_reference_key" ON "debtor"("reference");

-- CreateIndex
CREATE INDEX "contact_email_idx" ON "contact"("email");

-- CreateIndex
CREATE UNIQUE INDEX "contact_debtor_id_email_key" ON "contact"("debtor_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_number_key" ON "invoice"("number");

-- CreateIndex
CREATE INDEX "invoice_debtor_id_status_idx" ON "invoice"("debtor_id", "status");

-- CreateIndex
CREATE INDEX "invoice_status_due_date_idx" ON "invoice"("status", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "payment_external_id_key" ON "payment"("external_id");

-- CreateIndex
CREATE INDEX "payment_invoice_id_idx" ON "payment"("invoice_id");

-- CreateIndex
CREATE INDEX "conversation_debtor_id_idx" ON "conversation"("debtor_id");

-- CreateIndex
CREATE UNIQUE INDEX "conversation_channel_external_thread_id_key" ON "conversation"("channel", "external_thread_id");

-- CreateIndex
CREATE INDEX "message_debtor_id_created_at_idx" ON "message"("debtor_id", "created_at");

-- CreateIndex
CREATE INDEX "message_content_hash_idx" ON "message"("content_hash");

-- CreateIndex
CREATE INDEX "message_status_idx" ON "message"("status");

-- CreateIndex
CREATE UNIQUE INDEX "message_channel_external_id_key" ON "message"("channel", "external_id");

-- CreateIndex
CREATE INDEX "classification_message_id_idx" ON "classification"("message_id");

-- CreateIndex
CREATE INDEX "proposal_debtor_id_status_idx" ON "proposal"("debtor_id", "status");

-- CreateIndex
CREATE INDEX "proposal_status_idx" ON "proposal"("status");

-- CreateIndex
CREATE UNIQUE INDEX "payment_plan_proposal_id_key" ON "payment_plan"("proposal_id");

-- CreateIndex
CREATE INDEX "payment_plan_debtor_id_idx" ON "payment_plan"("debtor_id");

-- CreateIndex
CREATE INDEX "installment_status_due_date_idx" ON "installment"("status", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "installment_plan_id_sequence_key" ON "installment"("plan_id", "sequence");

-- CreateIndex
CREATE INDEX "dunning_pause_invoice_id_until_idx" ON "dunning_pause"("invoice_id", "until");

-- CreateIndex
CREATE INDEX "payment_promise_debtor_id_status_idx" ON "payment_promise"("debtor_id", "status");

-- CreateIndex
CREATE INDEX "dispute_status_idx" ON "dispute"("status");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "contact" ADD CONSTRAINT "contact_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_payment_plan_id_fkey" FOREIGN KEY ("payment_plan_id") REFERENCES "payment_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation" ADD CONSTRAINT "conversation_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation" ADD CONSTRAINT "conversation_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "classification" ADD CONSTRAINT "classification_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_classification_id_fkey" FOREIGN KEY ("classification_id") REFERENCES "classification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_plan" ADD CONSTRAINT "payment_plan_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_plan" ADD CONSTRAINT "payment_plan_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "installment" ADD CONSTRAINT "installment_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "payment_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dunning_state" ADD CONSTRAINT "dunning_state_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dunning_pause" ADD CONSTRAINT "dunning_pause_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_promise" ADD CONSTRAINT "payment_promise_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_promise" ADD CONSTRAINT "payment_promise_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_debtor_id_fkey" FOREIGN KEY ("debtor_id") REFERENCES "debtor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dispute" ADD CONSTRAINT "dispute_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The audit trail is append-only: the database itself refuses to change or remove an event.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_event_append_only"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();
