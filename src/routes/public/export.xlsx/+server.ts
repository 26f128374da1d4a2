import { resultsExportHandler } from '$lib/server/dashboards/export-route';

export const GET = resultsExportHandler('public', 'xlsx');
