CREATE TABLE `cli_signing_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_id` text NOT NULL,
	`public_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_ip` text,
	`created_user_agent` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cli_signing_keys_token_id_unique` ON `cli_signing_keys` (`token_id`);--> statement-breakpoint
CREATE INDEX `cli_signing_keys_user_idx` ON `cli_signing_keys` (`user_id`);