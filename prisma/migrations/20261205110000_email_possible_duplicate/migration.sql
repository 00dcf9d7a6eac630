-- AlterTable
ALTER TABLE "message" ADD COLUMN     "possible_duplicate_of" UUID;
