-- DropIndex
DROP INDEX "Doc_m_idx";

-- DropIndex
DROP INDEX "Doc_a_idx";

-- DropIndex
DROP INDEX "Doc_z_idx";
