// Values worked out from published ones, each flagged derived with its working as the source.
//  - 2021 law-enforcement figures: only the 2020–2021 totals announced by the National
//    Coordinator exist for 2021, so 2021 = announced total − published 2020 figure.
//  - Victims by sex and by form of exploitation in 2020 and 2021: the TIP reports give
//    sex × exploitation (× age) cells that account for every victim of the year, so the one-way
//    figures are their sums. Each such step is checked before it is used.
import type { Figure } from './figures';

/** The officials' 2020 + 2021 totals (DOMAIN.md, "A check anyone can make"). */
export const ANNOUNCED_2020_2021 = {
	source: 'National Coordinator, combined figures announced for 2020 and 2021',
	crimes_144_1: 311,
	crimes_144_2: 8,
	crimes_144_3: 83,
	defendants: 35,
	convicted: 28,
	imprisonment: 24,
	conditional: 2,
	postponed: 2
};

export function deriveFigures(published: Figure[]): Figure[] {
	const get = (year: number, institution: string, metric: string, key: string): number => {
		const f = published.find(
			(p) =>
				p.year === year && p.institution === institution && p.metric === metric && p.key === key
		);
		if (!f || f.value === null)
			throw new Error(`derived figures need ${year} ${institution} ${metric} [${key}]`);
		return f.value;
	};
	const out: Figure[] = [];
	const add = (
		year: number,
		institution: string,
		metric: string,
		key: string,
		value: number,
		source: string
	) => {
		if (!Number.isInteger(value) || value < 0)
			throw new Error(`derived ${metric} [${key}] ${year} = ${value}`);
		out.push({ year, institution, metric, key, value, notAvailable: false, derived: true, source });
	};
	const A = ANNOUNCED_2020_2021;
	const minus2020 = (institution: string, metric: string, key: string, announced: number) => {
		const y2020 = get(2020, institution, metric, key);
		add(
			2021,
			institution,
			metric,
			key,
			announced - y2020,
			`Derived: ${announced} (${A.source}) − ${y2020} (published for 2020); 2021 is published only as this difference`
		);
	};
	minus2020('MIA', 'crimes_registered', 'article=144-1', A.crimes_144_1);
	minus2020('MIA', 'crimes_registered', 'article=144-3', A.crimes_144_3);
	minus2020('PGO', 'defendants', '', A.defendants);
	minus2020('SUPREME_COURT', 'persons_convicted', '', A.convicted);
	minus2020('SUPREME_COURT', 'persons_convicted', 'sentence=imprisonment', A.imprisonment);
	minus2020('SUPREME_COURT', 'persons_convicted', 'sentence=conditional', A.conditional);
	minus2020('SUPREME_COURT', 'persons_convicted', 'sentence=postponed', A.postponed);
	// Art. 144-2: no 2020 figure was published, so neither year can be told apart.
	const na = `Not available: only the 2020–2021 total (${A.crimes_144_2}, ${A.source}) was published, not each year's figure`;
	for (const year of [2020, 2021])
		out.push({
			year,
			institution: 'MIA',
			metric: 'crimes_registered',
			key: 'article=144-2',
			value: null,
			notAvailable: true,
			derived: false,
			source: na
		});

	const V = 'victims_identified';
	// 2020: female/sexual + female/forced labour + male/forced labour = all victims
	const fs = get(2020, 'MIA', V, 'exploitation=sexual;sex=female');
	const ffl = get(2020, 'MIA', V, 'exploitation=forced_labour;sex=female');
	const mfl = get(2020, 'MIA', V, 'exploitation=forced_labour;sex=male');
	const total2020 = get(2020, 'MIA', V, '');
	if (fs + ffl + mfl !== total2020)
		throw new Error('2020 sex × exploitation cells no longer account for all victims');
	const why2020 = `Derived: sum of the sex × form-of-exploitation figures of the US TIP Report 2021 (${fs} + ${ffl} + ${mfl} = ${total2020}, every victim of 2020)`;
	add(2020, 'MIA', V, 'sex=female', fs + ffl, why2020);
	add(2020, 'MIA', V, 'sex=male', mfl, why2020);
	add(2020, 'MIA', V, 'exploitation=sexual', fs, why2020);
	add(2020, 'MIA', V, 'exploitation=forced_labour', ffl + mfl, why2020);

	// 2021: adult women/sexual + adult men/forced labour = all victims
	const wa = get(2021, 'MIA', V, 'age=adult;exploitation=sexual;sex=female');
	const ma = get(2021, 'MIA', V, 'age=adult;exploitation=forced_labour;sex=male');
	const total2021 = get(2021, 'MIA', V, '');
	const foreign2021 = get(2021, 'MIA', V, 'citizenship=foreign');
	if (wa + ma !== total2021)
		throw new Error('2021 sex × age × exploitation cells no longer account for all victims');
	const why2021 = `Derived: from the sex × age × form-of-exploitation figures of the US TIP Report 2022 (${wa} + ${ma} = ${total2021}, every victim of 2021)`;
	add(2021, 'MIA', V, 'sex=female', wa, why2021);
	add(2021, 'MIA', V, 'sex=male', ma, why2021);
	add(2021, 'MIA', V, 'age=adult', wa + ma, why2021);
	add(2021, 'MIA', V, 'age=child', total2021 - (wa + ma), why2021);
	add(2021, 'MIA', V, 'exploitation=sexual', wa, why2021);
	add(2021, 'MIA', V, 'exploitation=forced_labour', ma, why2021);
	add(
		2021,
		'MIA',
		V,
		'citizenship=national',
		total2021 - foreign2021,
		`Derived: all ${total2021} victims of 2021 minus ${foreign2021} foreign (US TIP Report 2022)`
	);
	return out;
}

/** A figure published only for several years together: stored on a span period, as published. */
export interface SpanFigure {
	from: number;
	to: number;
	institution: string;
	metric: string;
	key: string;
	value: number;
	source: string;
}

/**
 * Art. 144-2 (forced labour): only the 2020–2021 total was announced. It is stored for the span
 * 2020–2021, never split into years; 2020 and 2021 stay "not available" on their own.
 */
export function spanFigures(): SpanFigure[] {
	const A = ANNOUNCED_2020_2021;
	return [
		{
			from: 2020,
			to: 2021,
			institution: 'MIA',
			metric: 'crimes_registered',
			key: 'article=144-2',
			value: A.crimes_144_2,
			source: `${A.source}: ${A.crimes_144_2} forced-labour crimes (Art. 144-2) for 2020 and 2021 together`
		}
	];
}
