// Application settings kept in the database, with their defaults.
import { eq } from 'drizzle-orm';
import { appSetting } from './db/schema';
import type { DB } from './db/connect';

export const SETTING_DEFAULTS = {
	/** counts from 1 up to this are shown as "<N+1>" to donors and the public */
	disclosureThreshold: 4,
	/** the public results page is off unless an admin turns it on */
	publicPageEnabled: false,
	/** reminders: days before the due date, and after it */
	reminderDaysBefore: [7, 1] as number[],
	reminderDaysAfter: [1, 7] as number[],
	/** days after the due date when a reminder escalates to the reviewers */
	escalateAfterDays: 14,
	/** statistics warning: a year-on-year change beyond this factor */
	yoyWarningFactor: 2,
	/** largest evidence upload, in bytes */
	maxUploadBytes: 10 * 1024 * 1024,
	/** the plan every page opens on (an admin's choice, see plan/current.ts) */
	currentPlanId: null as number | null
};

export type Settings = typeof SETTING_DEFAULTS;
export type SettingKey = keyof Settings;

export function getSetting<K extends SettingKey>(db: DB, key: K): Settings[K] {
	const row = db.select().from(appSetting).where(eq(appSetting.key, key)).get();
	return row ? (JSON.parse(row.value) as Settings[K]) : SETTING_DEFAULTS[key];
}

export function setSetting<K extends SettingKey>(
	db: Pick<DB, 'insert'>,
	key: K,
	value: Settings[K],
	now: Date = new Date()
): void {
	const json = JSON.stringify(value);
	db.insert(appSetting)
		.values({ key, value: json, updatedAt: now })
		.onConflictDoUpdate({ target: appSetting.key, set: { value: json, updatedAt: now } })
		.run();
}
