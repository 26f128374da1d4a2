// Shapes shared by the statistics modules (pure data, no database handles).

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
	unit: string;
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

/** One cell as entered: a count, "not available" (null + flag), with its provenance. */
export interface CellInput {
	key: string;
	value: number | null;
	notAvailable: boolean;
	derived: boolean;
	source: string | null;
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
