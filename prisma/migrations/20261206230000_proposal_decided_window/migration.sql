-- Slack's `decided` query reads only the decisions of the last days (by the proposal's last
-- change), so it does not grow with the history of decisions.
CREATE INDEX "proposal_status_updated_at_idx" ON "proposal"("status", "updated_at");
