-- Contacts kept by staff in the console (issue 19): phone, role, preferred language, whether
-- reminders go to the contact, and deactivation instead of deletion (the history stays).
ALTER TABLE "contact" ADD COLUMN "phone" TEXT;
ALTER TABLE "contact" ADD COLUMN "role" TEXT;
ALTER TABLE "contact" ADD COLUMN "language" TEXT;
ALTER TABLE "contact" ADD COLUMN "receives_reminders" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "contact" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
