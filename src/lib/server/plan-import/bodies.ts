// The "Executing bodies" column: institutions by code or name (Azerbaijani or English, matched
// with Azerbaijani-aware folding), separated by ";" or line breaks. The first is the lead, the
// others co-implementers; "(recommended)"/"(tövsiyə olunur)" marks bodies the government cannot
// direct, and courts, the Ombudsman and parliament are "recommended" by their kind.
import { foldForSearch } from '../../text';
import type { ActionRole } from '../db/schema';

export interface InstitutionRef {
	id: number;
	code: string;
	nameAz: string;
	nameEn: string;
	kind: string;
	subKind: string | null;
}

const RECOMMENDED_KINDS = ['court', 'judiciary', 'ombudsman', 'parliament'];

// role markers in brackets after a name, folded
const MARKERS: Record<string, ActionRole> = {
	recommended: 'recommended',
	tovsiye: 'recommended',
	'tovsiye olunur': 'recommended',
	'tovsiye edilir': 'recommended',
	lead: 'lead',
	aparici: 'lead',
	'esas icraci': 'lead',
	co: 'co',
	partner: 'co',
	'co implementer': 'co',
	terefdas: 'co',
	'birge icraci': 'co'
};

export function normalizeName(s: string): string {
	return foldForSearch(s)
		.replace(/[“”"'‘’«»]/g, '')
		.replace(/[^a-z0-9()]+/g, ' ')
		.trim();
}

/** folded name → institution ids, keeping only the best tier (code, then name, then alias) */
export type InstitutionIndex = Map<string, { tier: number; ids: Set<number> }>;

export function buildInstitutionIndex(list: InstitutionRef[]): InstitutionIndex {
	const index: InstitutionIndex = new Map();
	const add = (key: string, id: number, tier: number) => {
		if (key === '') return;
		const entry = index.get(key);
		if (!entry || tier < entry.tier) index.set(key, { tier, ids: new Set([id]) });
		else if (tier === entry.tier) entry.ids.add(id);
	};
	for (const i of list) {
		add(normalizeName(i.code), i.id, 0);
		for (const name of [i.nameAz, i.nameEn]) {
			add(normalizeName(name), i.id, 1);
			add(normalizeName(name.replace(/\([^)]*\)/g, ' ')), i.id, 2);
			// a short abbreviation in brackets, e.g. "(DİN)", "(DMX)"
			for (const m of name.matchAll(/\(([^()\s]{2,10})\)/g)) add(normalizeName(m[1]), i.id, 3);
		}
	}
	return index;
}

export interface BodyError {
	key: string;
	params?: Record<string, string | number>;
}

export type BodiesResult =
	| { ok: true; bodies: { institutionId: number; role: ActionRole }[] }
	| { ok: false; errors: BodyError[] };

interface Piece {
	text: string;
	marker: ActionRole | null;
}

function splitPieces(cell: string): Piece[] {
	return cell
		.split(/[;\n\r]+/)
		.map((p) => p.trim().replace(/^(?:[-•*]|\d+[.)])\s*/, ''))
		.filter((p) => p !== '')
		.map((p) => {
			const m = p.match(/\(([^()]*)\)\s*$/);
			const marker = m ? (MARKERS[normalizeName(m[1])] ?? null) : null;
			return { text: marker && m ? p.slice(0, m.index).trim() : p, marker };
		});
}

export function parseBodies(
	cell: string | undefined,
	index: InstitutionIndex,
	byId: Map<number, InstitutionRef>
): BodiesResult {
	const errors: BodyError[] = [];
	const found: { id: number; marker: ActionRole | null }[] = [];
	const lookup = (text: string) => index.get(normalizeName(text))?.ids;
	for (const piece of splitPieces(cell ?? '')) {
		let ids = [lookup(piece.text)];
		// names joined by commas instead of semicolons
		if (!ids[0] && piece.text.includes(','))
			ids = piece.text.split(',').map((t) => lookup(t.trim()));
		if (ids.some((s) => !s)) {
			errors.push({ key: 'plan_import.error.body_unknown', params: { value: piece.text } });
			continue;
		}
		for (const s of ids as Set<number>[]) {
			if (s.size > 1) {
				errors.push({ key: 'plan_import.error.body_ambiguous', params: { value: piece.text } });
				continue;
			}
			const id = [...s][0];
			if (found.some((f) => f.id === id))
				errors.push({ key: 'plan_import.error.body_twice', params: { value: byId.get(id)!.code } });
			else found.push({ id, marker: piece.marker });
		}
	}
	if (found.filter((f) => f.marker === 'lead').length > 1)
		errors.push({ key: 'plan_import.error.body_two_leads' });
	if (errors.length) return { ok: false, errors };

	const recommendedByKind = (id: number) => {
		const i = byId.get(id)!;
		return RECOMMENDED_KINDS.includes(i.kind) || RECOMMENDED_KINDS.includes(i.subKind ?? '');
	};
	const roles = found.map((f) => f.marker ?? (recommendedByKind(f.id) ? 'recommended' : null));
	const hasLead = roles.includes('lead');
	let leadGiven = hasLead;
	const bodies = found.map((f, n) => {
		let role = roles[n];
		if (role === null) {
			role = leadGiven ? 'co' : 'lead';
			leadGiven = true;
		}
		return { institutionId: f.id, role };
	});
	return { ok: true, bodies };
}
