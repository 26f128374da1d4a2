import { requireUser } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

// Every page under (app) needs a signed-in user who has passed two-factor; pages and actions
// check their own role or institution again.
export const load: LayoutServerLoad = (event) => {
	requireUser(event);
	return {};
};
