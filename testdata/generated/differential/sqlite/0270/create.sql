-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" BIGINT NOT NULL,
    "body" REAL NOT NULL DEFAULT 0,
    "raw" DATE,
    "deviceId" TEXT NOT NULL,
    CONSTRAINT "Cart_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "flags" DECIMAL,
    "slug" BLOB
);

-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "score" DECIMAL,
    "name" INTEGER,
    "avatar" BIGINT,
    "createdAt" BIGINT
);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_email_key" ON "Cart"("email");

-- CreateIndex
CREATE UNIQUE INDEX "cart_pair_key" ON "Cart"("email", "body");

-- CreateIndex
CREATE UNIQUE INDEX "File_handle_key" ON "File"("handle");

-- CreateIndex
CREATE INDEX "File_handle_idx" ON "File"("handle");
