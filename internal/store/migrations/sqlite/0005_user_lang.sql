-- The back-office interface language a user chose; empty: the browser's
-- (Accept-Language) decides.
ALTER TABLE users ADD COLUMN lang TEXT NOT NULL DEFAULT '';
