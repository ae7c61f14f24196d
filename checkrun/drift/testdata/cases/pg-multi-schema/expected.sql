-- CreateEnum
CREATE TYPE "auth"."Role" AS ENUM ('A', 'B');

-- AlterTable
ALTER TABLE "auth"."User" ADD COLUMN     "role" "auth"."Role" NOT NULL DEFAULT 'A';

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "userId" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "auth"."Session" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "auth"."User"("email");

-- CreateIndex
CREATE INDEX "Post_userId_idx" ON "Post"("userId");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_userId_fkey" FOREIGN KEY ("userId") REFERENCES "auth"."User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
