// The one failure convention of form actions. A failure is namespaced by the action's name,
// as Lucia's settings page does, so a page with several forms reads `form?.update?.errors` and
// never confuses one form's errors with another's; SvelteKit's generated ActionData types it.
// Domain modules return codes or message keys; this is the only place they become HTTP statuses.
import { error, fail, type ActionFailure } from '@sveltejs/kit';

/** Message keys per field (`form` for the whole form). */
export type FieldErrors = Record<string, string>;
/** What the user typed, echoed back so the form re-renders with it. */
export type FieldValues = Record<string, string>;
export type FormFailure = { errors: FieldErrors; values: FieldValues };
/** the failure of one row's form on a page listing many (which row: `rowId`) */
export type RowFailure = FormFailure & { rowId: number };

/** The last segment of a code decides: `not_found`, `error.not_found` and `stat.error.not_found` alike. */
const STATUS_BY_CODE: Record<string, number> = {
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	// the reminder of an institution that owes nothing, or has no focal point to write to
	nothing_owed: 409,
	no_focal_point: 409,
	locked: 429,
	too_many: 429,
	too_soon: 429
};

/** The record a URL names, or the 404 page when there is none. */
export function orNotFound<T>(value: T | null | undefined): T {
	if (value === null || value === undefined) error(404, { message: 'not_found' });
	return value;
}

/** The HTTP status of a domain error; anything not listed is input the user can correct (400). */
export function statusOf(code: string | null | undefined): number {
	if (!code) return 400;
	return STATUS_BY_CODE[code.slice(code.lastIndexOf('.') + 1)] ?? 400;
}

/** The status of a set of field errors: the first that is not a plain 400, else 400. */
export function statusOfErrors(errors: FieldErrors): number {
	for (const code of Object.values(errors)) {
		const s = statusOf(code);
		if (s !== 400) return s;
	}
	return 400;
}

/** `fail(status, { [action]: body })`: the building block of the helpers below. */
export function failAction<A extends string, B extends object>(
	action: A,
	status: number,
	body: B
): ActionFailure<{ [K in A]: B }> {
	// A computed key widens to `string`; the mapped type restores the action's literal name.
	return fail(status, { [action]: body } as { [K in A]: B });
}

/**
 * What the user typed is wrong (a parser's or a confirmation's failure): always 400, whatever the
 * keys say, since a form that names no record is malformed input rather than a missing record.
 */
export function invalid<A extends string>(
	action: A,
	errors: FieldErrors,
	values: FieldValues = {}
): ActionFailure<{ [K in A]: FormFailure }> {
	return failAction(action, 400, { errors, values });
}

/** The domain refused (its codes per field): the status follows the codes. */
export function rejected<A extends string>(
	action: A,
	errors: FieldErrors,
	values: FieldValues = {}
): ActionFailure<{ [K in A]: FormFailure }> {
	return failAction(action, statusOfErrors(errors), { errors, values });
}

/**
 * The failure of one of many forms of the same action on a page (one per table row, one per
 * indicator): `rowId` says which form the errors and values belong to. Invalid and rejected
 * differ only in the status, as `invalid` and `rejected` do.
 */
function rowFailure(status: (errors: FieldErrors) => number) {
	return <A extends string>(
		action: A,
		rowId: number,
		errors: FieldErrors,
		values: FieldValues = {}
	): ActionFailure<{ [K in A]: RowFailure }> =>
		failAction(action, status(errors), { rowId, errors, values });
}

export const invalidRow = rowFailure(() => 400);
export const rejectedRow = rowFailure(statusOfErrors);

/** A whole-form domain error (`errors.form`), e.g. a stale stamp or a refused transition. */
export function refused<A extends string>(
	action: A,
	code: string,
	values: FieldValues = {}
): ActionFailure<{ [K in A]: FormFailure }> {
	return rejected(action, { form: code }, values);
}
