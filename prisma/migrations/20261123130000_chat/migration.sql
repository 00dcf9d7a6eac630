-- CreateTable
CREATE TABLE "chat_state" (
    "key" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "etag" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "chat_state_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "directline_conversation" (
    "id" TEXT NOT NULL,
    "invoice_id" UUID NOT NULL,
    "debtor_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "locale" TEXT,
    "last_seq" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "directline_conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "directline_activity" (
    "conversation_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "activity" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "directline_activity_pkey" PRIMARY KEY ("conversation_id","seq")
);

-- CreateIndex
CREATE INDEX "directline_conversation_debtor_id_last_activity_at_idx" ON "directline_conversation"("debtor_id", "last_activity_at");

-- AddForeignKey
ALTER TABLE "directline_activity" ADD CONSTRAINT "directline_activity_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "directline_conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
