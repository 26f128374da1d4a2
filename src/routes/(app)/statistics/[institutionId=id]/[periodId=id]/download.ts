// Shared by the four file endpoints next to this file (template/export × xlsx/csv).
import { error, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireInstitution } from '$lib/server/auth/guards';
import { buildStatFile } from '$lib/server/statistics/files/export';

export async function statFileResponse(
	event: RequestEvent,
	kind: 'template' | 'export',
	format: 'xlsx' | 'csv'
): Promise<Response> {
	const institutionId = Number(event.params.institutionId);
	const periodId = Number(event.params.periodId);
	requireInstitution(event, institutionId);
	const file = await buildStatFile(db, {
		institutionId,
		periodId,
		kind,
		format,
		locale: event.locals.locale
	});
	if (!file) error(404, { message: 'not_found' });
	return new Response(file.bytes as unknown as BodyInit, {
		headers: {
			'Content-Type': file.contentType,
			'Content-Disposition': `attachment; filename="${file.fileName}"`,
			'Cache-Control': 'private, no-store'
		}
	});
}
