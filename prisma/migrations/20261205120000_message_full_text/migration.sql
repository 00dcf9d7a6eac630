-- CreateTable
CREATE TABLE "message_full_text" (
    "message_id" UUID NOT NULL,
    "part" INTEGER NOT NULL,
    "chars" INTEGER NOT NULL,
    "gzip" BYTEA NOT NULL,

    CONSTRAINT "message_full_text_pkey" PRIMARY KEY ("message_id","part")
);

-- AddForeignKey
ALTER TABLE "message_full_text" ADD CONSTRAINT "message_full_text_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Already gzip: compressing it again costs time (on PGlite, the main thread's) and saves nothing.
ALTER TABLE "message_full_text" ALTER COLUMN "gzip" SET STORAGE EXTERNAL;
