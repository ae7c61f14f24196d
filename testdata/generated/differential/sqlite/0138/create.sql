-- CreateTable
CREATE TABLE "Log" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rank" BOOLEAN NOT NULL DEFAULT true,
    "email" INTEGER,
    "note" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "slug" TEXT,
    "amount" JSONB,
    "eventKind" TEXT NOT NULL DEFAULT 'LOW',
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "log_eventkind_0_ix" ON "Log"("eventKind", "slug");

-- CreateIndex
CREATE INDEX "Log_slug_email_idx" ON "Log"("slug", "email");
