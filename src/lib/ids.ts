// Database ids are positive integers of at most ten digits: route folders check them with the `id`
// param matcher (src/params/id.ts), forms and query strings with parseId. Anything else is "no such
// row" (a 404 or a field error), never a database error.
const ID = /^[1-9]\d{0,9}$/;

export function isId(raw: string | null | undefined): raw is string {
	return typeof raw === 'string' && ID.test(raw);
}

export function parseId(raw: string | null | undefined): number | null {
	return isId(raw) ? Number(raw) : null;
}
