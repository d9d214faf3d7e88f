-- Failed logins in a row, and until when the account is locked after too many of them.
ALTER TABLE app_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
