// Bilingual text of the downloadable workbooks (the help sheet repeats the layout rules).
import { translate, type Locale } from '../../i18n/core';
import type { DownloadText } from './downloads';

export function downloadText(locale: Locale): DownloadText {
	return {
		sheet: 'Plan',
		helpTitle: locale === 'az' ? 'Təlimat' : 'Instructions',
		help: [translate(locale, 'admin_plans.import_help')],
		institutionsTitle: locale === 'az' ? 'Qurumlar' : 'Institutions',
		institutionsHeader:
			locale === 'az' ? ['Kod', 'Ad (az)', 'Ad (en)'] : ['Code', 'Name (az)', 'Name (en)']
	};
}
