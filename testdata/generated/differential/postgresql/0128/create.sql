-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL,
    "total" TEXT DEFAULT '',
    "ratio" DECIMAL(65,30),
    "status" TIMETZ NOT NULL,
    "kind_col" TEXT[],
    "title" TIMETZ[],

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) DEFAULT (now() + '1 day'::interval),

    CONSTRAINT "User_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "version" CHAR DEFAULT 'a',
    "total_col" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "startsAt" JSONB DEFAULT '[]',
    "isActive" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Rating_status_key" ON "Rating"("status");

-- CreateIndex
CREATE UNIQUE INDEX "User_slug_key" ON "User"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_expiresAt_key" ON "User"("expiresAt");

-- CreateIndex
CREATE INDEX "User_expiresAt_idx" ON "User"("expiresAt");

-- CreateIndex
CREATE INDEX "user_slug_1_ix" ON "User"("slug" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "User_expiresAt_slug_key" ON "User"("expiresAt", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_handle_key" ON "Profile"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_isActive_key" ON "Profile"("isActive");

-- CreateIndex
CREATE INDEX "Profile_handle_isActive_idx" ON "Profile"("handle", "isActive");

-- CreateIndex
CREATE INDEX "Profile_isActive_idx" ON "Profile"("isActive");
