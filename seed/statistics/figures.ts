// Which published figure of seed/data/statistics.json goes into which institution's report, metric
// and cell, plus the few values worked out from them (flagged derived, the working as source).
// Values are never typed here: each is read from the JSON row named by year, metric and breakdown,
// and a row that is missing or appears twice stops the seed.
export interface SourceRow {
	year: number;
	metric: string;
	breakdown: string;
	value: number;
	source: string;
	derived?: boolean;
}

export interface Figure {
	year: number;
	institution: string;
	metric: string;
	key: string;
	value: number | null;
	notAvailable: boolean;
	derived: boolean;
	source: string;
}

type Target = [institution: string, metric: string, ...keys: string[]];
type Mapping = [
	year: number,
	metric: string,
	breakdown: string,
	target: Target,
	sourceSuffix?: string
];

const V = 'victims_identified';
const MAP: Mapping[] = [
	[
		2017,
		'crimes_detected',
		'article=144-1 (trafficking)',
		['MIA', 'crimes_registered', 'article=144-1']
	],
	[
		2017,
		'crimes_detected',
		'article=144-2 (forced labour)',
		['MIA', 'crimes_registered', 'article=144-2']
	],
	[
		2017,
		'crimes_detected',
		'article=144-3 (illegal actions with documents)',
		['MIA', 'crimes_registered', 'article=144-3']
	],
	[2017, 'criminal_groups_neutralised', 'total', ['MIA', 'criminal_groups_neutralised', '']],
	[2017, 'criminal_group_members', 'total', ['MIA', 'criminal_group_members', '']],
	[2017, 'accused_persons', 'total', ['PGO', 'defendants', ''], "published as 'accused persons'"],
	[2017, V, 'total', ['MIA', V, '']],
	[2017, V, 'sex=female', ['MIA', V, 'sex=female']],
	[2017, V, 'sex=male', ['MIA', V, 'sex=male']],
	[2017, V, 'citizenship=Azerbaijan', ['MIA', V, 'citizenship=national', 'country=AZ']],
	[2017, V, 'citizenship=Russia', ['MIA', V, 'country=RU']],
	[2017, V, 'citizenship=Ukraine', ['MIA', V, 'country=UA']],
	[2017, V, 'destination=Turkey', ['MIA', V, 'exploited_in=TR']],
	[2017, V, 'destination=UAE', ['MIA', V, 'exploited_in=AE']],
	[2017, V, 'destination=Russia', ['MIA', V, 'exploited_in=RU']],
	[2017, V, 'destination=Malaysia', ['MIA', V, 'exploited_in=MY']],
	[2017, V, 'destination=Pakistan', ['MIA', V, 'exploited_in=PK']],
	[
		2017,
		V,
		'exploited_in=Azerbaijan (foreigners)',
		['MIA', V, 'exploited_in=AZ'],
		'foreign victims exploited in Azerbaijan'
	],
	[2017, 'hotline_appeals', 'total (approx.)', ['MIA', 'hotline_calls', ''], 'approximate figure'],
	[2017, V, 'sex=female;exploitation=sexual', ['MIA', V, 'exploitation=sexual;sex=female']],
	[
		2017,
		V,
		'sex=male;exploitation=forced_labour',
		['MIA', V, 'exploitation=forced_labour;sex=male']
	],
	[2017, V, 'citizenship=foreign', ['MIA', V, 'citizenship=foreign']],
	[2018, V, 'total', ['MIA', V, '']],
	[2018, V, 'sex=female;exploitation=sexual', ['MIA', V, 'exploitation=sexual;sex=female']],
	[
		2018,
		V,
		'sex=male;exploitation=forced_labour',
		['MIA', V, 'exploitation=forced_labour;sex=male']
	],
	[2018, V, 'citizenship=foreign', ['MIA', V, 'citizenship=foreign']],
	[2018, V, 'age=child', ['MIA', V, 'age=child']],
	[2018, V, 'internal_trafficking (Azerbaijani victims)', ['MIA', V, 'route=internal']],
	[2019, V, 'total', ['MIA', V, '']],
	[2019, V, 'sex=female;exploitation=sexual', ['MIA', V, 'exploitation=sexual;sex=female']],
	[
		2019,
		V,
		'sex=male;exploitation=forced_labour',
		['MIA', V, 'exploitation=forced_labour;sex=male']
	],
	[
		2019,
		V,
		'citizenship=foreign (Tajikistan, Uzbekistan)',
		['MIA', V, 'citizenship=foreign'],
		'citizens of Tajikistan and Uzbekistan'
	],
	[2019, V, 'age=child', ['MIA', V, 'age=child']],
	[2019, V, 'internal_trafficking (Azerbaijani victims)', ['MIA', V, 'route=internal']],
	[
		2019,
		'ngo_shelter_assistance',
		'IOM-supported shelters; group=victims_of_trafficking',
		['IOM', 'victims_assisted', ''],
		'IOM-supported shelters combined'
	],
	[
		2019,
		'ngo_shelter_assistance',
		'IOM-supported shelters; group=persons_vulnerable_to_trafficking',
		['IOM', 'at_risk_assisted', ''],
		'IOM-supported shelters combined'
	],
	[
		2020,
		'crimes_detected',
		'article=144-1 (trafficking)',
		['MIA', 'crimes_registered', 'article=144-1']
	],
	[
		2020,
		'crimes_detected',
		'article=144-3 (illegal actions with documents)',
		['MIA', 'crimes_registered', 'article=144-3']
	],
	[2020, 'criminal_groups_neutralised', 'total', ['MIA', 'criminal_groups_neutralised', '']],
	[2020, 'criminal_group_members', 'total', ['MIA', 'criminal_group_members', '']],
	[2020, 'defendants', 'total', ['PGO', 'defendants', '']],
	[2020, 'defendants', 'sex=female', ['PGO', 'defendants', 'sex=female']],
	[2020, 'defendants', 'sex=male', ['PGO', 'defendants', 'sex=male']],
	[2020, 'convicted_by_courts', 'total', ['SUPREME_COURT', 'persons_convicted', '']],
	[
		2020,
		'convicted_by_courts',
		'sentence=imprisonment',
		['SUPREME_COURT', 'persons_convicted', 'sentence=imprisonment']
	],
	[
		2020,
		'convicted_by_courts',
		'sentence=conditional (probation)',
		['SUPREME_COURT', 'persons_convicted', 'sentence=conditional']
	],
	[
		2020,
		'convicted_by_courts',
		'sentence=postponed',
		['SUPREME_COURT', 'persons_convicted', 'sentence=postponed']
	],
	[2020, V, 'total', ['MIA', V, '']],
	[2020, V, 'citizenship=Azerbaijan', ['MIA', V, 'citizenship=national', 'country=AZ']],
	[2020, V, 'citizenship=foreign (Russia)', ['MIA', V, 'citizenship=foreign', 'country=RU']],
	[
		2020,
		V,
		'destination=Turkey;exploitation=sexual',
		['MIA', V, 'exploitation=sexual;exploited_in=TR']
	],
	[2020, V, 'destination=UAE', ['MIA', V, 'exploited_in=AE']],
	[
		2020,
		V,
		'exploitation=forced_labour;exploited_in=Azerbaijan',
		['MIA', V, 'exploitation=forced_labour;exploited_in=AZ']
	],
	[2020, V, 'sex=female;exploitation=sexual', ['MIA', V, 'exploitation=sexual;sex=female']],
	[
		2020,
		V,
		'sex=female;exploitation=forced_labour',
		['MIA', V, 'exploitation=forced_labour;sex=female']
	],
	[
		2020,
		V,
		'sex=male;exploitation=forced_labour',
		['MIA', V, 'exploitation=forced_labour;sex=male']
	],
	[2020, V, 'age=child', ['MIA', V, 'age=child']],
	[2020, V, 'internal_trafficking (Azerbaijani victims)', ['MIA', V, 'route=internal']],
	[2021, V, 'total', ['MIA', V, '']],
	[
		2021,
		V,
		'sex=female;age=adult;exploitation=sexual',
		['MIA', V, 'age=adult;exploitation=sexual;sex=female']
	],
	[
		2021,
		V,
		'sex=male;age=adult;exploitation=forced_labour',
		['MIA', V, 'age=adult;exploitation=forced_labour;sex=male']
	],
	[2021, V, 'citizenship=foreign', ['MIA', V, 'citizenship=foreign']],
	[2021, V, 'internal_trafficking (Azerbaijani victims)', ['MIA', V, 'route=internal']],
	[
		2022,
		'crimes_detected',
		'article=144-1 (trafficking)',
		['MIA', 'crimes_registered', 'article=144-1']
	],
	[
		2022,
		'crimes_detected',
		'article=144-2 (forced labour)',
		['MIA', 'crimes_registered', 'article=144-2']
	],
	[
		2022,
		'crimes_detected',
		'article=144-3 (illegal actions with documents)',
		['MIA', 'crimes_registered', 'article=144-3']
	],
	[2022, 'criminal_cases_initiated', 'total', ['PGO', 'criminal_cases_opened', '']],
	[2022, 'defendants', 'total', ['PGO', 'defendants', '']],
	[2022, 'investigations_completed', 'total', ['PGO', 'investigations_completed', '']],
	[2022, 'persons_sent_to_court', 'total', ['PGO', 'persons_sent_to_court', '']],
	[
		2022,
		'traffickers_convicted',
		"total ('indictments issued'/ittiham hokmu)",
		['SUPREME_COURT', 'persons_convicted', ''],
		"published as 'indictments issued' (ittiham hökmü)"
	],
	[2022, V, 'total', ['MIA', V, '']],
	[
		2018,
		'children_identified_begging',
		'children',
		['MIA', 'street_children_identified', ''],
		'published as children identified begging in the streets'
	]
];

/** Rows of statistics.json deliberately left out: no metric of the issue, or no publishing body here. */
export const NOT_SEEDED = [
	'accused_persons_detained',
	'wanted_accused_detained',
	'victim_protection_funding_manat',
	'labour_inspection',
	'undocumented_children_found',
	// its 'children' row is street_children_identified (MIA); the parents row has no metric
	'children_identified_begging'
];

export function mapPublished(rows: SourceRow[]): Figure[] {
	const out: Figure[] = [];
	for (const [year, metric, breakdown, [institution, target, ...keys], suffix] of MAP) {
		const found = rows.filter(
			(r) => r.year === year && r.metric === metric && r.breakdown === breakdown
		);
		if (found.length !== 1)
			throw new Error(
				`statistics.json: expected one row for ${year} ${metric} ${breakdown}, found ${found.length}`
			);
		const r = found[0];
		for (const key of keys)
			out.push({
				year,
				institution,
				metric: target,
				key,
				value: r.value,
				notAvailable: false,
				derived: r.derived === true,
				source: suffix ? `${r.source}; ${suffix}` : r.source
			});
	}
	return out;
}

/**
 * A seeded figure's source in both languages. The sources are the English titles of the
 * publications (news items, the US TIP reports, the seed's own workings); no Azerbaijani title
 * of any of them is in the source data, so the Azerbaijani side stays empty rather than invented:
 * the pack prints the English one marked, and lists it among the missing translations.
 */
export function sourceTexts(en: string) {
	return { sourceAz: null, sourceEn: en, noteAz: null, noteEn: null };
}
