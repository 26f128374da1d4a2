// Serves an uploaded evidence file to those allowed by its sensitivity and institution; the files
// live under DATA_DIR/uploads, outside static/, so this is the only way to them.
import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { db } from '$lib/server/db';
import { forbidden, requireUser } from '$lib/server/auth/guards';
import { uploadsDir } from '$lib/server/config';
import { getAttachment } from '$lib/server/progress/evidence';
import { getReport } from '$lib/server/progress/reports';
import { linkedInstitutionIds } from '$lib/server/progress/assignments';
import { canSeeEvidence } from '$lib/server/progress/access';
import type { RequestHandler } from './$types';

const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const a = getAttachment(db, Number(event.params.attachmentId));
	if (!a || a.kind !== 'file' || a.subjectType !== 'progress' || !a.storagePath)
		error(404, { message: 'not_found' });
	const r = getReport(db, a.subjectId);
	if (!r || !canSeeEvidence(user, a.sensitivity, r, linkedInstitutionIds(db, r.actionId)))
		forbidden();
	const root = resolve(uploadsDir());
	const path = resolve(join(root, a.storagePath));
	if (!path.startsWith(root + sep)) error(404, { message: 'not_found' });
	const body = await readFile(path).catch(() => null);
	if (body === null) error(404, { message: 'not_found' });
	const name = a.fileName ?? 'file';
	const disposition = INLINE.has(a.mimeType ?? '') ? 'inline' : 'attachment';
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': a.mimeType ?? 'application/octet-stream',
			'Content-Length': String(body.byteLength),
			'Content-Disposition': `${disposition}; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'Cache-Control': 'private, no-store',
			'Content-Security-Policy':
				"default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
		}
	});
};
