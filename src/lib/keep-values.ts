// `use:enhance={keepValues}` for forms that edit something already stored: after the action the
// page data is reloaded, and resetting the form would first put back the values it was loaded
// with. Forms that add something new keep the plain `use:enhance`, which clears them on success.
import type { SubmitFunction } from '@sveltejs/kit';

export const keepValues: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: false });

/**
 * The same for an edit form folded in a <details>: a saved edit folds it again, as the page
 * reload does without JavaScript, so the page shows the result rather than the open form.
 */
export const keepValuesAndFold: SubmitFunction =
	() =>
	async ({ update, result, formElement }) => {
		await update({ reset: false });
		if (result.type === 'success' || result.type === 'redirect')
			formElement.closest('details')?.removeAttribute('open');
	};
