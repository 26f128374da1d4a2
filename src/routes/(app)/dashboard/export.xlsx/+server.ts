import { implementationExportHandler } from '$lib/server/dashboards/export-route';

export const GET = implementationExportHandler('xlsx');
