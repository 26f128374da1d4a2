// Saving the disclosure threshold and the public page switch: one transaction with its audit row;
// cached protected figures are dropped, since the threshold changes what they hide.
import { getSetting, setSetting } from '../settings';
import { writeAudit, type Actor } from '../audit';
import { invalidateAggregates } from './cache';
import type { DB } from '../db/connect';
import type { DisclosureSettings } from '../forms/disclosure-settings-form';

export function getDisclosureSettings(db: DB): DisclosureSettings {
	return {
		disclosureThreshold: getSetting(db, 'disclosureThreshold'),
		publicPageEnabled: getSetting(db, 'publicPageEnabled')
	};
}

export function saveDisclosureSettings(
	db: DB,
	actor: Actor,
	next: DisclosureSettings,
	now: Date
): void {
	db.transaction((tx) => {
		const before = getDisclosureSettings(tx as unknown as DB);
		setSetting(tx, 'disclosureThreshold', next.disclosureThreshold, now);
		setSetting(tx, 'publicPageEnabled', next.publicPageEnabled, now);
		writeAudit(
			tx,
			actor,
			{ entity: 'app_setting', entityId: 'disclosure', operation: 'update', before, after: next },
			now
		);
	});
	invalidateAggregates();
}
