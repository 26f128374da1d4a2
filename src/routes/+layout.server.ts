import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const { user } = locals;
	return {
		locale: locals.locale,
		user:
			user === null
				? null
				: { id: user.id, name: user.name, role: user.role, institutionId: user.institutionId }
	};
};
