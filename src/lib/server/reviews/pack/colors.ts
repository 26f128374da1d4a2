// One colour per action status, shared by the pack's charts, legends and the print page.
// Adjacent colours differ in lightness as well as hue, so the bars read in greyscale print too.
import type { ActionStatus } from '../status';

export const STATUS_ORDER: ActionStatus[] = [
	'completed',
	'partially_completed',
	'in_progress',
	'not_started',
	'delayed',
	'not_applicable',
	'no_report'
];

export const STATUS_COLORS: Record<ActionStatus, string> = {
	completed: '#1a7f37',
	partially_completed: '#7cc68d',
	in_progress: '#0b5394',
	not_started: '#8c959f',
	delayed: '#b42318',
	not_applicable: '#d0d7de',
	no_report: '#f0e0b0'
};

/** The bar colour of statistics charts. */
export const RESULT_COLOR = '#0b5394';
