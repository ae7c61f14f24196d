-- AlterTable
ALTER TABLE "Log" ALTER COLUMN "id" DROP DEFAULT;
DROP SEQUENCE "Log_id_seq";

-- AlterTable
ALTER TABLE "Member" DROP CONSTRAINT "Member_pkey",
ADD CONSTRAINT "Member_pkey" PRIMARY KEY ("userId", "orgId");

-- AlterTable
CREATE SEQUENCE plain_id_seq;
ALTER TABLE "Plain" ALTER COLUMN "id" SET DEFAULT nextval('plain_id_seq');
ALTER SEQUENCE plain_id_seq OWNED BY "Plain"."id";
