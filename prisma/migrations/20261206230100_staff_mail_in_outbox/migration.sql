-- A console sign-in link is mailed through the e-mail outbox like every other mail (retried,
-- and visible on the health page when it fails); a mail to staff has no debtor.
ALTER TABLE "email_outbox" ALTER COLUMN "debtor_id" DROP NOT NULL;
