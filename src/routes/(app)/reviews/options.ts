// Records as the options of the reviews' selects and choice groups: the id is the value posted.
import { currentLocale, pick } from '$lib/i18n';
import { formatDate } from '$lib/format';

export type Option = { value: string; label: string };

export function idOptions<T extends { id: number }>(
	rows: readonly T[],
	label: (row: T) => string
): Option[] {
	return rows.map((r) => ({ value: String(r.id), label: label(r) }));
}

/** Frozen snapshots by name and date: two can share a name, never a name and a date. */
export const snapshotOptions = (snapshots: readonly { id: number; name: string; asOf: string }[]) =>
	idOptions(snapshots, (s) => `${s.name} (${formatDate(s.asOf, currentLocale())})`);

/** Aims (plan sections) by code and title. */
export const aimOptions = (
	sections: readonly { id: number; code: string; titleAz: string; titleEn: string }[]
) => idOptions(sections, (s) => `${s.code} ${pick(s.titleAz, s.titleEn)}`);

/** Institutions by name in the user's language. */
export const institutionOptions = (
	institutions: readonly { id: number; nameAz: string; nameEn: string }[]
) => idOptions(institutions, (i) => pick(i.nameAz, i.nameEn));
