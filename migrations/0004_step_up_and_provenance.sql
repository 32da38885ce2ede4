ALTER TABLE `api_tokens` ADD `created_ip` text;--> statement-breakpoint
ALTER TABLE `api_tokens` ADD `created_user_agent` text;--> statement-breakpoint
ALTER TABLE `passkeys` ADD `created_ip` text;--> statement-breakpoint
ALTER TABLE `passkeys` ADD `created_user_agent` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `stepped_up_at` integer;--> statement-breakpoint
-- Backfill where passkeys and tokens were added from, as far as the audit log still says (NULL where it does not).
UPDATE `passkeys` SET (`created_ip`, `created_user_agent`) = (
	SELECT `ip`, `user_agent` FROM `audit_events`
	WHERE `event` = 'passkey.added' AND `target_type` = 'passkey' AND `target_id` = `passkeys`.`id`
	ORDER BY `id` LIMIT 1
)
WHERE EXISTS (
	SELECT 1 FROM `audit_events`
	WHERE `event` = 'passkey.added' AND `target_type` = 'passkey' AND `target_id` = `passkeys`.`id`
);--> statement-breakpoint
-- An account's first passkey was stored with the account in the same instant; its `registered` event targets the user.
UPDATE `passkeys` SET (`created_ip`, `created_user_agent`) = (
	SELECT `ip`, `user_agent` FROM `audit_events`
	WHERE `event` = 'registered' AND `target_type` = 'user' AND `target_id` = `passkeys`.`user_id`
	ORDER BY `id` LIMIT 1
)
WHERE `created_ip` IS NULL AND `created_user_agent` IS NULL
	AND `created_at` = (SELECT `created_at` FROM `users` WHERE `users`.`id` = `passkeys`.`user_id`)
	AND EXISTS (
		SELECT 1 FROM `audit_events`
		WHERE `event` = 'registered' AND `target_type` = 'user' AND `target_id` = `passkeys`.`user_id`
	);--> statement-breakpoint
UPDATE `api_tokens` SET (`created_ip`, `created_user_agent`) = (
	SELECT `ip`, `user_agent` FROM `audit_events`
	WHERE `event` = 'token.created' AND `target_type` = 'token' AND `target_id` = `api_tokens`.`id`
	ORDER BY `id` LIMIT 1
)
WHERE EXISTS (
	SELECT 1 FROM `audit_events`
	WHERE `event` = 'token.created' AND `target_type` = 'token' AND `target_id` = `api_tokens`.`id`
);
