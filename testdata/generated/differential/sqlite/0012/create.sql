-- CreateTable
CREATE TABLE "File" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" DATETIME,
    "isActive" TEXT,
    "name" BIGINT NOT NULL,
    "version" INTEGER,
    "level" BIGINT NOT NULL DEFAULT 1234567890123,
    "payload" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',

    PRIMARY KEY ("number", "tenantId")
);

-- CreateIndex
CREATE INDEX "File_level_idx" ON "File"("level");
