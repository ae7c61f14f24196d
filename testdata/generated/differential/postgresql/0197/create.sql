-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('HIGH', 'ACTIVE');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('DONE', 'Published', 'high_value');

-- CreateTable
CREATE TABLE "payment_v2s" (
    "id" SERIAL NOT NULL,
    "total" JSONB NOT NULL,
    "email" BIGINT,
    "note" BIGINT NOT NULL DEFAULT 0,
    "expiresAt" BOOLEAN NOT NULL DEFAULT true,
    "ratingKind" "RatingKind" NOT NULL DEFAULT 'HIGH',
    "payment_v2Id" INTEGER,

    CONSTRAINT "payment_v2s_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "score" TIMESTAMP(3) NOT NULL,
    "url" REAL NOT NULL DEFAULT -2.25,
    "ratingKind" "RatingKind" NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "data_col" TIMETZ(2) NOT NULL,
    "title" INTEGER,
    "verified_col" INTEGER NOT NULL DEFAULT -7,
    "ratingKind" "RatingKind"[],
    "payment_v2Id" INTEGER NOT NULL,
    "roleId" INTEGER,
    "eventId" INTEGER,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_v2s_email_key" ON "payment_v2s"("email");

-- CreateIndex
CREATE INDEX "payment_v2s_note_idx" ON "payment_v2s"("note");

-- CreateIndex
CREATE INDEX "Role_url_idx" ON "Role"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Event_handle_key" ON "Event"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Event_title_key" ON "Event"("title");

-- CreateIndex
CREATE INDEX "Event_payment_v2Id_idx" ON "Event"("payment_v2Id" DESC);

-- AddForeignKey
ALTER TABLE "payment_v2s" ADD CONSTRAINT "payment_v2s_payment_v2Id_fkey" FOREIGN KEY ("payment_v2Id") REFERENCES "payment_v2s"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "event_payment_v2id_fk" FOREIGN KEY ("payment_v2Id") REFERENCES "payment_v2s"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
