-- DropIndex
DROP INDEX "T_a_uq";

-- DropIndex
DROP INDEX "T_c_key";
