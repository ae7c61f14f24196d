-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "label" BIGINT,
    "ratio" BIGINT,
    "startsAt" BIGINT DEFAULT 1234567890123,
    "code" TIMESTAMP(3),
    "ratio2" INTEGER NOT NULL DEFAULT 42,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "count" OID,
    "startsAt" BIGINT NOT NULL,
    "size" BIT NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "note_col" BYTEA,
    "total" BYTEA NOT NULL,
    "total2" VARCHAR NOT NULL,
    "total3" SMALLINT,
    "startsAt" SMALLINT NOT NULL DEFAULT (1 + 2),

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageItem" (
    "id" TEXT NOT NULL,
    "label" TIMESTAMP(3) NOT NULL,
    "amount" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "raw" polygon,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notes" (
    "id" BIGSERIAL NOT NULL,
    "updatedAt" INTEGER NOT NULL,

    CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "fileHandle" TEXT NOT NULL,
    "profileSlug" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "profileTenantId" TEXT NOT NULL,
    "profileNumber" INTEGER NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("fileHandle","profileSlug")
);

-- CreateIndex
CREATE UNIQUE INDEX "File_handle_key" ON "File"("handle");

-- CreateIndex
CREATE INDEX "File_handle_startsAt_idx" ON "File"("handle", "startsAt");

-- CreateIndex
CREATE INDEX "File_ratio_idx" ON "File"("ratio");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_slug_key" ON "Profile"("slug");

-- CreateIndex
CREATE INDEX "Profile_startsAt_idx" ON "Profile"("startsAt" DESC);

-- CreateIndex
CREATE INDEX "Profile_count_idx" ON "Profile"("count");

-- CreateIndex
CREATE INDEX "Profile_tenantId_idx" ON "Profile" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_size_count_key" ON "Profile"("size", "count");

-- CreateIndex
CREATE INDEX "Plan_startsAt_idx" ON "Plan" USING HASH ("startsAt");

-- CreateIndex
CREATE INDEX "MessageItem_label_idx" ON "MessageItem"("label");

-- CreateIndex
CREATE INDEX "messageitem_label_1_ix" ON "MessageItem"("label" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "note_updatedat_uq" ON "notes"("updatedAt");

-- CreateIndex
CREATE INDEX "notes_updatedAt_idx" ON "notes"("updatedAt");

-- CreateIndex
CREATE INDEX "Rating_profileTenantId_profileNumber_idx" ON "Rating"("profileTenantId", "profileNumber");

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_fileHandle_fkey" FOREIGN KEY ("fileHandle") REFERENCES "File"("handle") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_profileSlug_fkey" FOREIGN KEY ("profileSlug") REFERENCES "Profile"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_profileTenantId_profileNumber_fkey" FOREIGN KEY ("profileTenantId", "profileNumber") REFERENCES "Profile"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
