import { redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { parsePackForm, packQuery } from '$lib/server/forms/pack-form';
import { resolvePackRequest } from '$lib/server/reviews/pack/request';
import { MAX_RUNNING_PER_USER, startPackJob } from '$lib/server/reviews/pack/jobs';
import { packsDir } from '$lib/server/config';
import { missingTranslations } from '$lib/server/reviews/pack/data';
import { liveSource, resolveSource } from '$lib/server/reviews/snapshot-source';
import { listSnapshots } from '$lib/server/reviews/snapshots';
import { sectionChoices, loadPlanView, reviewPlans } from '$lib/server/reviews/plan-view';
import { today } from '$lib/dates';
import { snapshotName } from '$lib/snapshot-name';
import { sortByName } from '$lib/server/institutions';
import { failAction, statusOf, type FormFailure } from '$lib/server/forms/fail';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'reviewer', 'admin');
	const plan = reviewPlans(db, today())[0];
	const view = plan ? loadPlanView(db, plan.id) : null;
	const now = new Date();
	const source = plan
		? (resolveSource(db, event.url.searchParams.get('snapshot'), plan.id, now) ??
			liveSource(plan.id, now))
		: null;
	return {
		// texts the pack would print in the other language, listed before generating
		missing: source ? missingTranslations(db, source, now) : { az: [], en: [] },
		snapshots: listSnapshots(db).map((s) => ({
			id: s.id,
			name: snapshotName(s, event.locals.locale),
			asOf: s.asOf
		})),
		selected: event.url.searchParams.get('snapshot') ?? '',
		sections: sectionChoices(view),
		institutions: view ? sortByName([...view.institutions.values()], event.locals.locale) : []
	};
};

export const actions: Actions = { generate: generateAction, print: printAction };

/** Generating and printing share the form; a failure of either has this one shape. */
type PackFailure = FormFailure & { tooMany?: number };
const packFailure = <A extends 'generate' | 'print'>(
	action: A,
	status: number,
	body: PackFailure
) => failAction(action, status, body);

async function parse<A extends 'generate' | 'print'>(
	action: A,
	event: Parameters<Actions['generate']>[0]
) {
	const form = await event.request.formData();
	const parsed = parsePackForm(form);
	if (!parsed.ok)
		return { failure: packFailure(action, 400, { errors: parsed.errors, values: parsed.values }) };
	const resolved = resolvePackRequest(db, parsed.data, new Date());
	if (!resolved.ok)
		return {
			failure: packFailure(action, 400, {
				errors: resolved.errors,
				values: Object.fromEntries([...form].map(([k, v]) => [k, String(v)]))
			})
		};
	return { request: parsed.data, resolved };
}

async function generateAction(event: Parameters<Actions['generate']>[0]) {
	const user = requireRole(event, 'reviewer', 'admin');
	const r = await parse('generate', event);
	if ('failure' in r) return r.failure;
	const started = startPackJob(db, packsDir(), user.id, r.resolved.options, r.resolved.fileName);
	if (!started.ok)
		return packFailure('generate', statusOf(started.error), {
			errors: {},
			values: {},
			tooMany: MAX_RUNNING_PER_USER
		});
	redirect(303, `/reviews/pack/jobs/${started.job.id}?${packQuery(r.request)}`);
}

async function printAction(event: Parameters<Actions['print']>[0]) {
	requireRole(event, 'reviewer', 'admin');
	const r = await parse('print', event);
	if ('failure' in r) return r.failure;
	redirect(303, `/reviews/pack/print?${packQuery(r.request)}`);
}
