// A page that lists records with one form each (categories, indicators, published tables,
// periods) sends back the failure of one of them, named by `rowId` (0 for the blank form that
// adds a record). Each record's <Form> shows what was typed if its own form failed, else the record.
import type { RowFailure } from '$lib/server/forms/fail';
import type { FormErrors, FormValues } from '$lib/components/form/form-state';

export function rowForm(
	failures: (RowFailure | null | undefined)[],
	rowId: number,
	stored: FormValues
): { values: FormValues; errors?: FormErrors } {
	const failed = failures.find((f) => f?.rowId === rowId);
	return failed ? { values: failed.values, errors: failed.errors } : { values: stored };
}
