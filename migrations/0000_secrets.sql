CREATE TABLE `secrets` (
	`id` text PRIMARY KEY NOT NULL,
	`ciphertext` text,
	`size` integer NOT NULL,
	`claim_hash` text NOT NULL,
	`manage_token_hash` text NOT NULL,
	`access` text DEFAULT 'link' NOT NULL,
	`passphrase` integer DEFAULT false NOT NULL,
	`sealed` integer DEFAULT false NOT NULL,
	`max_views` integer NOT NULL,
	`views_left` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`last_viewed_at` integer,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE INDEX `secrets_expires_at_idx` ON `secrets` (`expires_at`);