-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "version" BIGINT DEFAULT 0,
    "expiresAt" INTEGER NOT NULL DEFAULT 1,
    "endsAt" BLOB,
    "expiresAt2" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    CONSTRAINT "Rating_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "profiles" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "ratio" TEXT NOT NULL,
    "label" REAL NOT NULL,
    "code" BOOLEAN DEFAULT false,
    "level" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "ratingHandle" TEXT,
    "categoryId" TEXT NOT NULL,
    "ratingid_ref" INTEGER NOT NULL,
    CONSTRAINT "profiles_ratingHandle_fkey" FOREIGN KEY ("ratingHandle") REFERENCES "Rating" ("handle") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "profiles_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "profiles_ratingid_ref_fkey" FOREIGN KEY ("ratingid_ref") REFERENCES "Rating" ("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color_col" TEXT NOT NULL,
    "kind" TEXT DEFAULT '',
    "position" DECIMAL DEFAULT 1.5,
    "level" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "kind2" INTEGER NOT NULL,
    "logTenantId" TEXT,
    "logNumber" INTEGER,
    CONSTRAINT "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_logTenantId_logNumber_fkey" FOREIGN KEY ("logTenantId", "logNumber") REFERENCES "logs" ("tenantId", "number") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "logs" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "body" INTEGER NOT NULL,
    "publishedAt" TEXT,
    "updatedat_col" DECIMAL DEFAULT 2.25,
    "createdAt" TEXT,
    "expiresAt" TEXT DEFAULT 'it''s',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Rating_handle_key" ON "Rating"("handle");

-- CreateIndex
CREATE INDEX "Rating_version_idx" ON "Rating"("version");

-- CreateIndex
CREATE INDEX "Rating_expiresAt_idx" ON "Rating"("expiresAt");

-- CreateIndex
CREATE INDEX "profiles_ratingHandle_idx" ON "profiles"("ratingHandle");

-- CreateIndex
CREATE INDEX "profiles_categoryId_idx" ON "profiles"("categoryId");

-- CreateIndex
CREATE INDEX "profile_ratinghandle_0_ix" ON "profiles"("ratingHandle");

-- CreateIndex
CREATE INDEX "profiles_ratingHandle_position_idx" ON "profiles"("ratingHandle" DESC, "position");

-- CreateIndex
CREATE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_logTenantId_logNumber_idx" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("logTenantId", "logNumber");

-- CreateIndex
CREATE INDEX "categorywithaverylongnamethatgoesonandon_lognumber_0_ix" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("logNumber");

-- CreateIndex
CREATE UNIQUE INDEX "logs_handle_key" ON "logs"("handle");

-- CreateIndex
CREATE INDEX "logs_publishedAt_handle_idx" ON "logs"("publishedAt", "handle");
