// Shared by the four file endpoints next to this file (template/export × xlsx/csv).
import { error, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireInstitution } from '$lib/server/auth/guards';
import { buildStatFile } from '$lib/server/statistics/files/export';
import { downloadResponse } from '$lib/server/download';

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
	return downloadResponse(file.bytes, { type: file.contentType, fileName: file.fileName });
}
