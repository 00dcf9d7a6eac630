-- Ledger connections (issue 18): the accounting package connected with `collections connect`,
-- its tokens sealed with LEDGER_TOKEN_KEY (AES-256-GCM), and the short-lived OAuth sign-ins.

-- CreateTable
CREATE TABLE "ledger_connection" (
    "source" TEXT NOT NULL,
    "administration" TEXT NOT NULL,
    "access_token" TEXT NOT NULL,
    "refresh_token" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" TEXT,
    "finance_told_at" TIMESTAMPTZ(3),
    "connected_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ledger_connection_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "ledger_authorization" (
    "state_hash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "ledger_authorization_pkey" PRIMARY KEY ("state_hash")
);
