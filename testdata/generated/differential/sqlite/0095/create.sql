-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" TEXT NOT NULL,
    "endsAt" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "File" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "note" DECIMAL DEFAULT 0,
    "label" DECIMAL NOT NULL DEFAULT 1.5,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "position" DATETIME NOT NULL,
    "email" INTEGER,
    "raw" DATE
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" BOOLEAN NOT NULL,
    "version" INTEGER
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "flags" INTEGER NOT NULL,
    "noteId" TEXT NOT NULL,
    "fileTenantId" TEXT NOT NULL,
    "fileNumber" INTEGER NOT NULL,
    CONSTRAINT "Payment_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note" ("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT,
    CONSTRAINT "Payment_fileTenantId_fileNumber_fkey" FOREIGN KEY ("fileTenantId", "fileNumber") REFERENCES "File" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "File_email_key" ON "File"("email");

-- CreateIndex
CREATE UNIQUE INDEX "File_label_key" ON "File"("label");

-- CreateIndex
CREATE INDEX "File_note_idx" ON "File"("note");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_slug_key" ON "Rating"("slug");

-- CreateIndex
CREATE INDEX "Rating_position_idx" ON "Rating"("position");

-- CreateIndex
CREATE INDEX "rating_slug_1_ix" ON "Rating"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Note_version_key" ON "Note"("version");

-- CreateIndex
CREATE INDEX "Note_version_hash_idx" ON "Note"("version" DESC, "hash");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_handle_key" ON "Payment"("handle");

-- CreateIndex
CREATE INDEX "Payment_noteId_idx" ON "Payment"("noteId");

-- CreateIndex
CREATE INDEX "Payment_fileTenantId_idx" ON "Payment"("fileTenantId" DESC);
