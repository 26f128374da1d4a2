import { resultsExportHandler } from '$lib/server/dashboards/export-route';

// one chart as a picture, drawn on the server from the same protected table as the page
export const GET = resultsExportHandler('results', 'png');
