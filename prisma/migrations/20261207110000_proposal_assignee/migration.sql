-- The console's inbox (issue 19): who took an open proposal up (filter "mine" / "unassigned"),
-- and the index its keyset pagination walks (open proposals by creation, then id).
ALTER TABLE "proposal" ADD COLUMN "assigned_to" TEXT;
CREATE INDEX "proposal_status_created_at_id_idx" ON "proposal"("status", "created_at", "id");
