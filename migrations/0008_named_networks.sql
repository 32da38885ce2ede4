CREATE TABLE `networks` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`ranges` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `networks_name_key_idx` ON `networks` (`name_key`);--> statement-breakpoint
CREATE TABLE `role_networks` (
	`role` text NOT NULL,
	`network_id` text NOT NULL,
	PRIMARY KEY(`role`, `network_id`)
);
--> statement-breakpoint
CREATE INDEX `role_networks_network_idx` ON `role_networks` (`network_id`);--> statement-breakpoint
ALTER TABLE `secrets` ADD `allowed_networks` text;