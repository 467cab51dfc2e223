-- Sign-in password hashes (issue 6: "stored hashed with a slow KDF") move into the database, beside
-- the user they belong to, so that they live and are backed up with the rest of the data and work
-- the same on PostgreSQL (before this they sat in a properties file beside an H2 file, or only in
-- memory). A hash is PasswordHasher's encoding (PBKDF2-HMAC-SHA256, its iteration count and salt);
-- never a password. NULL: the user has no password yet (the next `serve` gives one and prints it).
ALTER TABLE app_user ADD COLUMN password_hash VARCHAR(400);
