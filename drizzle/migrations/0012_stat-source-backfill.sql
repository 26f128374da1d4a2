-- Today's one-language source and note move into the column of the language they are written in:
-- a text with a letter of the Azerbaijani alphabet that English does not use is Azerbaijani,
-- anything else English (the seed's sources are English titles of publications). Snapshots taken
-- before this migration are immutable (0001) and keep no sources.
UPDATE `stat_value` SET `source_az` = `source`
	WHERE `source` IS NOT NULL AND `source` GLOB '*[əƏğĞıİşŞçÇöÖüÜ]*';--> statement-breakpoint
UPDATE `stat_value` SET `source_en` = `source`
	WHERE `source` IS NOT NULL AND `source` NOT GLOB '*[əƏğĞıİşŞçÇöÖüÜ]*';--> statement-breakpoint
UPDATE `stat_value` SET `note_az` = `note`
	WHERE `note` IS NOT NULL AND `note` GLOB '*[əƏğĞıİşŞçÇöÖüÜ]*';--> statement-breakpoint
UPDATE `stat_value` SET `note_en` = `note`
	WHERE `note` IS NOT NULL AND `note` NOT GLOB '*[əƏğĞıİşŞçÇöÖüÜ]*';
