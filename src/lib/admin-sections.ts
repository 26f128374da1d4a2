// The administration home's sections. A feature with admin pages adds its entry here
// (plans, reporting periods, settings, …); the home page lists them in this order.
export interface AdminSection {
	href: string;
	titleKey: string;
	descriptionKey: string;
}

export const ADMIN_SECTIONS: AdminSection[] = [
	{ href: '/admin/users', titleKey: 'admin.users', descriptionKey: 'admin.users_desc' },
	{
		href: '/admin/institutions',
		titleKey: 'admin.institutions',
		descriptionKey: 'admin.institutions_desc'
	},
	{ href: '/admin/plans', titleKey: 'admin.plans', descriptionKey: 'admin.plans_desc' },
	{ href: '/admin/periods', titleKey: 'admin.periods', descriptionKey: 'admin.periods_desc' },
	{
		href: '/admin/metrics',
		titleKey: 'stat.admin.title',
		descriptionKey: 'stat.admin.section_desc'
	},
	{
		href: '/admin/disclosure',
		titleKey: 'admin.disclosure',
		descriptionKey: 'admin.disclosure_desc'
	},
	{ href: '/admin/mail', titleKey: 'mail.admin_title', descriptionKey: 'mail.admin_desc' }
];
