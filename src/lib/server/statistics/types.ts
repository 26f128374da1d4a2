// Shapes shared by the statistics modules (pure data, no database handles).
import type { StatUnit } from '../../stat-units';

export interface CategoryDef {
	id: number;
	code: string;
	nameAz: string;
	nameEn: string;
	glotip: string | null;
	sortOrder: number;
}

export interface DimensionDef {
	id: number;
	code: string;
	nameAz: string;
	nameEn: string;
	categories: CategoryDef[];
}

export interface MetricDimensionDef extends DimensionDef {
	optional: boolean;
}

export interface MetricDef {
	id: number;
	code: string;
	nameAz: string;
	nameEn: string;
	descriptionAz: string | null;
	descriptionEn: string | null;
	unit: StatUnit;
	sensitive: boolean;
	sortOrder: number;
	active: boolean;
	/** in the metric's display order */
	dimensions: MetricDimensionDef[];
	institutionIds: number[];
	/** cross-classifications it publishes (dimension codes: rows × columns) */
	crosses?: CrossDef[];
}

export interface CrossDef {
	row: string;
	col: string;
}

/** A cell's source and note in both languages, as stored. */
export interface CellTexts {
	sourceAz: string | null;
	sourceEn: string | null;
	noteAz: string | null;
	noteEn: string | null;
}

/** One cell as entered: a count, "not available" (null + flag), with its provenance. */
export interface CellInput {
	key: string;
	value: number | null;
	notAvailable: boolean;
	derived: boolean;
	/**
	 * the source in one language: as typed (saved into the typer's language, see saveCells), or as
	 * loaded for a reader (loadCells: that reader's language only, no fallback)
	 */
	source: string | null;
	/** both languages, on cells read from the database (and on cells the seed loads) */
	texts?: CellTexts;
}

export type CellValue = Pick<CellInput, 'key' | 'value' | 'notAvailable'>;

/**
 * A validation finding, attached to one cell. `message` is an i18n key; `params` may name a
 * dimension (`dimension`), another metric (`other`) or institutions (`institution`) by code,
 * which pages replace with names in the reader's language.
 */
export interface Issue {
	level: 'error' | 'warning';
	rule: string;
	metric: string;
	key: string;
	message: string;
	params: Record<string, string | number>;
}
