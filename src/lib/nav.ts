// The main navigation. A feature adds its entry here; the layout shows what the role may see.
import type { Role } from './server/db/schema';

export interface NavItem {
	href: string;
	key: string;
	roles: Role[];
}

export const NAV: NavItem[] = [
	{ href: '/my-actions', key: 'nav.my_actions', roles: ['focal_point'] },
	{ href: '/review', key: 'nav.review', roles: ['reviewer', 'admin'] },
	{ href: '/plan', key: 'nav.plan', roles: ['admin', 'reviewer', 'focal_point', 'donor'] },
	{ href: '/statistics', key: 'nav.statistics', roles: ['admin', 'reviewer', 'focal_point'] },
	{ href: '/dashboard', key: 'nav.dashboard', roles: ['admin', 'reviewer', 'focal_point'] },
	{ href: '/results', key: 'nav.results', roles: ['admin', 'reviewer', 'focal_point'] },
	{ href: '/donor', key: 'nav.donor', roles: ['donor', 'admin', 'reviewer'] },
	{ href: '/reviews', key: 'nav.reviews', roles: ['reviewer', 'admin'] },
	{ href: '/admin', key: 'nav.admin', roles: ['admin'] }
];

export function homeFor(role: Role): string {
	switch (role) {
		case 'focal_point':
			return '/my-actions';
		case 'reviewer':
			return '/review';
		case 'donor':
			return '/donor';
		case 'admin':
			return '/admin';
	}
}
