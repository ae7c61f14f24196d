-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('Published', 'INACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Profile" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "handle" TEXT NOT NULL,
    "avatar" BOOLEAN NOT NULL,
    "hash" TEXT NOT NULL,
    "commentKind" "CommentKind" NOT NULL DEFAULT 'ARCHIVED',
    "profileId" UUID,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_handle_key" ON "Profile"("handle");

-- CreateIndex
CREATE INDEX "profile_avatar_0_ix" ON "Profile"("avatar" DESC, "commentKind");

-- CreateIndex
CREATE INDEX "profile_handle_1_ix" ON "Profile"("handle" DESC, "hash");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE SET DEFAULT ON UPDATE SET NULL;
