-- A ladder letter the dunning run sends by itself is owed as an action notice too (planned,
-- worded and recorded when it is sent, like an approved one), and no proposal owes it.
ALTER TABLE "action_notice" ALTER COLUMN "proposal_id" DROP NOT NULL;
