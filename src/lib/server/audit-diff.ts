// An audit row stores the record's values before and after as JSON. Readers want the fields that
// changed, each as before → after: this flattens both sides (nested objects as `a.b`) and keeps
// the fields whose value differs. A row with one side only (create, delete, an event's detail)
// lists every field that has a value.

export interface FieldChange {
	field: string;
	/** null: the field had no value (absent or null) */
	before: string | null;
	after: string | null;
}

type Flat = Map<string, string | null>;

function text(v: unknown): string | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'))
		return v.map((x) => String(x)).join(', ');
	return JSON.stringify(v);
}

function flatten(v: unknown, prefix: string, out: Flat): Flat {
	if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
		for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
	} else {
		out.set(prefix, text(v));
	}
	return out;
}

function parse(json: string | null): Flat | null {
	if (json === null) return null;
	let v: unknown;
	try {
		v = JSON.parse(json);
	} catch {
		// written by this app as JSON; if a row ever is not, show it rather than fail the page
		v = json;
	}
	return flatten(v, '', new Map());
}

export function fieldChanges(before: string | null, after: string | null): FieldChange[] {
	const b = parse(before);
	const a = parse(after);
	const fields = [...new Set([...(b?.keys() ?? []), ...(a?.keys() ?? [])])];
	const out: FieldChange[] = [];
	for (const field of fields) {
		const was = b?.get(field) ?? null;
		const now = a?.get(field) ?? null;
		if (was === now) continue;
		out.push({ field, before: was, after: now });
	}
	return out;
}
