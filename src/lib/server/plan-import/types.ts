// Shapes shared by the plan importer's steps: read (file → grid) → table (grid → rows) →
// validate (rows → resolved plan or errors) → write (one transaction).

import type { ActionEdit } from '../plan/admin';

/** A spreadsheet-like grid: the header row first, every cell as text. */
export type Grid = string[][];

/** The columns the importer understands (see README.md for the header names accepted). */
export type Column =
	'code' | 'textAz' | 'textEn' | 'bodies' | 'period' | 'source' | 'note' | 'sample';

/** One non-empty row of the table, as typed, with its row number in the file (header = 1). */
export interface TableRow {
	row: number;
	cells: Partial<Record<Column, string>>;
}

export interface PlanTable {
	columns: Column[];
	/** header cells that matched no column: ignored, listed back to the user */
	ignored: string[];
	rows: TableRow[];
}

/** A row error: where, and a message key (plan_import.error.*) with its parameters. */
export interface ImportError {
	row: number;
	column: Column | null;
	key: string;
	params?: Record<string, string | number>;
}

export interface ResolvedSection {
	row: number;
	code: string;
	titleAz: string;
	titleEn: string;
	source: string | null;
}

// an imported action is an admin's action edit plus where it stands in the file and the plan
export interface ResolvedAction extends ActionEdit {
	row: number;
	code: string;
	sectionCode: string;
}

export interface PlanMeta {
	code: string;
	titleAz: string;
	titleEn: string;
	startYear: number;
	endYear: number;
	approvalRef: string | null;
	source: string | null;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportSummary {
	planId: number | null;
	planCode: string;
	createdPlan: boolean;
	sectionsAdded: string[];
	sectionsChanged: string[];
	actionsAdded: string[];
	actionsChanged: string[];
	actionsUnchanged: number;
	/** actions of the plan that the file does not mention: kept as they are */
	actionsNotInFile: string[];
	ignoredColumns: string[];
}
