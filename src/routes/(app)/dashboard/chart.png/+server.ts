import { implementationExportHandler } from '$lib/server/dashboards/export-route';

// one chart as a picture, drawn on the server
export const GET = implementationExportHandler('png');
