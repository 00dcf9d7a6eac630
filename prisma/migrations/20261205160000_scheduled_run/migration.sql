-- CreateTable
CREATE TABLE "scheduled_run" (
    "id" UUID NOT NULL,
    "job" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "runner" TEXT NOT NULL,
    "lease_until" TIMESTAMPTZ(3),
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "summary" JSONB,
    "last_error" TEXT,

    CONSTRAINT "scheduled_run_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "scheduled_run_status_check" CHECK ("status" IN ('running', 'done', 'failed'))
);

-- CreateIndex
CREATE UNIQUE INDEX "scheduled_run_job_day_key" ON "scheduled_run"("job", "day");

-- CreateIndex
CREATE INDEX "scheduled_run_job_started_at_idx" ON "scheduled_run"("job", "started_at");
