CREATE TABLE `download_grants` (
	`id` text PRIMARY KEY NOT NULL,
	`secret_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `download_grants_secret_idx` ON `download_grants` (`secret_id`);--> statement-breakpoint
CREATE TABLE `secret_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`requester_id` text NOT NULL,
	`note` text NOT NULL,
	`keys` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`answered_at` integer,
	`secret_id` text,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE INDEX `secret_requests_requester_idx` ON `secret_requests` (`requester_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `upload_parts` (
	`secret_id` text NOT NULL,
	`part_number` integer NOT NULL,
	`etag` text NOT NULL,
	`size` integer NOT NULL,
	PRIMARY KEY(`secret_id`, `part_number`)
);
--> statement-breakpoint
ALTER TABLE `passkeys` ADD `prf_public_key` text;--> statement-breakpoint
ALTER TABLE `passkeys` ADD `prf_key_added_at` integer;--> statement-breakpoint
ALTER TABLE `secrets` ADD `storage` text DEFAULT 'inline' NOT NULL;--> statement-breakpoint
ALTER TABLE `secrets` ADD `blob_state` text;--> statement-breakpoint
ALTER TABLE `secrets` ADD `upload_id` text;--> statement-breakpoint
ALTER TABLE `secrets` ADD `upload_idle_until` integer;--> statement-breakpoint
ALTER TABLE `secrets` ADD `blob_delete_after` integer;--> statement-breakpoint
ALTER TABLE `secrets` ADD `request_id` text;--> statement-breakpoint
CREATE INDEX `secrets_blob_state_idx` ON `secrets` (`blob_state`);