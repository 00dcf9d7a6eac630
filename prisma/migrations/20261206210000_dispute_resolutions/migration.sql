-- Disputes settled in the staff console's sales view (issue 19): a corrected invoice replaces the
-- disputed one (which is closed, so its dunning ends), and a rejection says why.

ALTER TYPE "DisputeStatus" ADD VALUE 'corrected';

ALTER TABLE "dispute" ADD COLUMN "resolution_note" TEXT,
ADD COLUMN "corrected_invoice_number" TEXT;
