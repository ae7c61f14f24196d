-- CreateTable
CREATE TABLE "Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "code" TEXT NOT NULL DEFAULT 'back\slash',
    "slug" TEXT NOT NULL DEFAULT 'x',
    "price" INTEGER NOT NULL DEFAULT -7,
    "commentTenantId" TEXT,
    "commentNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Comment_commentTenantId_commentNumber_fkey" FOREIGN KEY ("commentTenantId", "commentNumber") REFERENCES "Comment" ("tenantId", "number") ON DELETE CASCADE ON UPDATE RESTRICT
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_price_key" ON "Comment"("price");
