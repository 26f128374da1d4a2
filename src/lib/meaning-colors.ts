// One colour per meaning, the same in the implementation dashboard, the donor view, the pack and
// every downloaded chart: done is green, late or delayed is red, under way is blue, waiting is
// grey, nothing reported is sand. Adjacent colours differ in lightness as well as hue, so the
// bars read in greyscale print too. (Shared by server and browser code.)

const GREEN = '#1a7f37';
const LIGHT_GREEN = '#7cc68d';
const BLUE = '#0b5394';
const GREY = '#8c959f';
const RED = '#b42318';
const ORANGE = '#e07b00';
const LIGHT_GREY = '#d0d7de';
const SAND = '#e8d49a';

/** By action status (plan/action-status.ts). */
export const STATUS_COLORS: Record<string, string> = {
	completed: GREEN,
	partially_completed: LIGHT_GREEN,
	in_progress: BLUE,
	not_started: GREY,
	delayed: RED,
	not_applicable: LIGHT_GREY,
	no_report: SAND
};

/** By timing against the deadline. */
export const TIMING_COLORS: Record<string, string> = {
	on_time: GREEN,
	late: ORANGE,
	on_track: BLUE,
	delayed: RED,
	no_report: SAND,
	not_applicable: LIGHT_GREY
};

/** By reporting completeness. */
export const COMPLETENESS_COLORS: Record<string, string> = {
	on_time: GREEN,
	late: ORANGE,
	not_submitted: GREY,
	missing: RED
};

/** The bar colour of statistics charts with one series. */
export const RESULT_COLOR = BLUE;
/** A year drawn from its total alone, with no breakdown ("not broken down"). */
export const NOT_BROKEN_DOWN_COLOR = '#a8b3bd';

/** Colours keyed by what a table's columns mean, by table id. */
export const MEANING_COLORS: Record<string, Record<string, string>> = {
	status: STATUS_COLORS,
	timing: TIMING_COLORS,
	completeness: COMPLETENESS_COLORS
};
