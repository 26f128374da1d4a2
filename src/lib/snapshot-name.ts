// A review snapshot's name in the reader's language (English in `name`, Azerbaijani in `nameAz`;
// older snapshots have one name only). Shared by server and browser code.
export function snapshotName(s: { name: string; nameAz?: string | null }, locale: 'az' | 'en') {
	return locale === 'az' ? (s.nameAz ?? s.name) : s.name;
}
