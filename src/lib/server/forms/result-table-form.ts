// The admin form that places a metric on the results page and the donor view: one table showing
// the metric's total or its breakdown by one of its dimensions, in an aim, at a position.
import { answer, str, type FormResult } from './fields';
import { parseId } from '../../ids';
import { RESULT_CHARTS, type ResultChart } from '../db/schema';

export interface ResultTableInput {
	/** null: the metric's total alone */
	dimensionId: number | null;
	aim: number;
	sortOrder: number;
	chart: ResultChart;
	published: boolean;
	titleAz: string | null;
	titleEn: string | null;
}

// a funnel compares several metrics: it is a table of chosen rows, not one metric's breakdown
const METRIC_CHARTS = RESULT_CHARTS.filter((c) => c !== 'funnel');
const MAX_TITLE = 200;

export function parseResultTableForm(form: FormData): FormResult<ResultTableInput> {
	const errors: Record<string, string> = {};
	const dim = str(form, 'dimensionId');
	const dimensionId = dim === '' ? null : parseId(dim);
	if (dim !== '' && dimensionId === null) errors.dimensionId = 'stat.pub.error.dimension';
	const aim = /^\d{1,2}$/.test(str(form, 'aim')) ? Number(str(form, 'aim')) : 0;
	if (aim < 1) errors.aim = 'stat.pub.error.aim';
	const order = str(form, 'sortOrder');
	if (order !== '' && !/^\d{1,5}$/.test(order)) errors.sortOrder = 'stat.pub.error.order';
	const chart = str(form, 'chart') as ResultChart;
	if (!(METRIC_CHARTS as string[]).includes(chart)) errors.chart = 'stat.pub.error.chart';
	const titleAz = str(form, 'titleAz') || null;
	const titleEn = str(form, 'titleEn') || null;
	if ((titleAz === null) !== (titleEn === null)) errors.titleEn = 'stat.pub.error.title_both';
	if ((titleAz?.length ?? 0) > MAX_TITLE || (titleEn?.length ?? 0) > MAX_TITLE)
		errors.titleEn = 'stat.pub.error.title_long';
	return answer(form, errors, () => ({
		dimensionId,
		aim,
		sortOrder: order === '' ? 0 : Number(order),
		chart,
		published: form.get('published') !== null,
		titleAz,
		titleEn
	}));
}
