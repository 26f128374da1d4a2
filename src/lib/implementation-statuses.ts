// Where an action stands, as a progress report says it: shared by the schema and browser code
// (the report form's choices), which cannot import the server's schema.
export const IMPLEMENTATION_STATUSES = [
	'not_started',
	'in_progress',
	'partially_completed',
	'completed',
	'delayed',
	'not_applicable'
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];
