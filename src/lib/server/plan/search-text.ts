// What the plan browser's search looks in: the code and both texts, folded once at write time so
// that a search is a plain substring test (see $lib/text foldForSearch).
import { codeSortKey, foldForSearch } from '../../text';

export function actionSearchText(a: {
	code: string;
	textAz: string | null;
	textEn: string | null;
}): string {
	return foldForSearch(`${a.code} ${a.textAz ?? ''} ${a.textEn ?? ''}`);
}

export { codeSortKey };

/** Sections sort by their numbers: 4.1 → 4001, 4.12 → 4012. */
export function sectionSortOrder(code: string): number {
	const [major, minor] = code.split('.').map((p) => Number.parseInt(p, 10) || 0);
	return major * 1000 + (minor ?? 0);
}
