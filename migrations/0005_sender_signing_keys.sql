ALTER TABLE `passkeys` ADD `prf_signing_key` text;--> statement-breakpoint
ALTER TABLE `passkeys` ADD `prf_signing_key_added_at` integer;--> statement-breakpoint
ALTER TABLE `secrets` ADD `answerer_id` text;