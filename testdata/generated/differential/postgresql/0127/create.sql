-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "total" BYTEA,
    "hash" INTEGER[],
    "label" REAL,
    "data" DECIMAL(65,30) NOT NULL,
    "expiresat_col" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "sessionId" INTEGER,
    "sessionId2" INTEGER,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "session_label_uq" ON "Session"("label");

-- CreateIndex
CREATE INDEX "Session_sessionId_idx" ON "Session"("sessionId");

-- CreateIndex
CREATE INDEX "Session_sessionId2_idx" ON "Session"("sessionId2");

-- CreateIndex
CREATE INDEX "session_sessionid2_0_ix" ON "Session"("sessionId2", "label");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_sessionId2_fkey" FOREIGN KEY ("sessionId2") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;
