// Route ids are positive integers; anything else is a 404 (never a database error).
export function parseId(raw: string | undefined): number | null {
	if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) return null;
	return Number(raw);
}
