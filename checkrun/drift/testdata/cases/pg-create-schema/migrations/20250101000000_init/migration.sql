-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateTable
CREATE TABLE "base"."Account" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "base"."Account"("email");
