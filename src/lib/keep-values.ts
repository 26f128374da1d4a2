// `use:enhance={keepValues}` for forms that edit something already stored: after the action the
// page data is reloaded, and resetting the form would first put back the values it was loaded
// with. Forms that add something new keep the plain `use:enhance`, which clears them on success.
import type { SubmitFunction } from '@sveltejs/kit';

export const keepValues: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: false });
