PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_secrets` (
	`id` text PRIMARY KEY NOT NULL,
	`ciphertext` text,
	`size` integer NOT NULL,
	`claim_hash` text,
	`manage_token_hash` text NOT NULL,
	`access` text DEFAULT 'link' NOT NULL,
	`passphrase` integer DEFAULT false NOT NULL,
	`sealed` integer DEFAULT false NOT NULL,
	`max_views` integer NOT NULL,
	`views_left` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`last_viewed_at` integer,
	`revoked_at` integer,
	`creator_id` text,
	`notify_on_open` integer DEFAULT false NOT NULL,
	`storage` text DEFAULT 'inline' NOT NULL,
	`blob_state` text,
	`upload_id` text,
	`upload_idle_until` integer,
	`blob_delete_after` integer,
	`request_id` text
);
--> statement-breakpoint
INSERT INTO `__new_secrets`("id", "ciphertext", "size", "claim_hash", "manage_token_hash", "access", "passphrase", "sealed", "max_views", "views_left", "created_at", "expires_at", "last_viewed_at", "revoked_at", "creator_id", "notify_on_open", "storage", "blob_state", "upload_id", "upload_idle_until", "blob_delete_after", "request_id") SELECT "id", "ciphertext", "size", "claim_hash", "manage_token_hash", "access", "passphrase", "sealed", "max_views", "views_left", "created_at", "expires_at", "last_viewed_at", "revoked_at", "creator_id", "notify_on_open", "storage", "blob_state", "upload_id", "upload_idle_until", "blob_delete_after", "request_id" FROM `secrets`;--> statement-breakpoint
DROP TABLE `secrets`;--> statement-breakpoint
ALTER TABLE `__new_secrets` RENAME TO `secrets`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `secrets_expires_at_idx` ON `secrets` (`expires_at`);--> statement-breakpoint
CREATE INDEX `secrets_creator_idx` ON `secrets` (`creator_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `secrets_blob_state_idx` ON `secrets` (`blob_state`);