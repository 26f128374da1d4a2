// How an implementation status reads in a table cell: "In progress · 40%" (the share only when
// the institution gave one; a report without a status yet shows only its share, if any).
import { t } from '$lib/i18n';

export function implStatus(status: string | null, percent: number | null): string {
	const share = percent !== null ? ` · ${percent}%` : '';
	return status ? `${t(`progress.impl.${status}`)}${share}` : share;
}
