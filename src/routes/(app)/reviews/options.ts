// Snapshots, aims and institutions as the options of the reviews' selects and choice groups,
// named the same way on every page; the id is the value posted, `all` (or "none") the empty one.
import { currentLocale, pick } from '$lib/i18n';
import { formatDate } from '$lib/format';
import { options } from '$lib/components/filters';

const byId =
	<T extends { id: number }>(label: (row: T) => string) =>
	(rows: readonly T[], all?: string) =>
		options(rows, (r) => [r.id, label(r)], all);

/** Frozen snapshots by name and date (two can share a name). */
export const snapshotChoices = byId<{ id: number; name: string; asOf: string }>(
	(s) => `${s.name} (${formatDate(s.asOf, currentLocale())})`
);

/** Aims (plan sections) by code and title. */
export const aimChoices = byId<{ id: number; code: string; titleAz: string; titleEn: string }>(
	(s) => `${s.code} ${pick(s.titleAz, s.titleEn)}`
);

/** Institutions by name in the user's language. */
export const institutionChoices = byId<{ id: number; nameAz: string; nameEn: string }>((i) =>
	pick(i.nameAz, i.nameEn)
);
