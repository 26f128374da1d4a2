// A plan's lifecycle on the admin's plan list, and the import form's target line.
export default {
	en: {
		'admin_plans.status.draft': 'Draft',
		'admin_plans.status.published': 'Published',
		'admin_plans.status.archived': 'Archived',
		'admin_plans.current': 'Current plan',
		'admin_plans.reports_count': '{count} reports',
		'admin_plans.lifecycle_help':
			'A new or imported plan is a draft: only admins see it. Publish it to let everyone see it, and make it current so that every page opens on it. Pages open on the current plan, or else on the published plan whose years contain today.',
		'admin_plans.step.publish': 'Publish',
		'admin_plans.step.archive': 'Archive',
		'admin_plans.step.unarchive': 'Publish again',
		'admin_plans.step.current': 'Make current',
		'admin_plans.step.delete': 'Delete',
		'admin_plans.delete_confirm': 'Yes, delete {plan} with its actions and periods',
		'admin_plans.done.publish': '{plan} is published.',
		'admin_plans.done.archive': '{plan} is archived.',
		'admin_plans.done.unarchive': '{plan} is published again.',
		'admin_plans.done.current': '{plan} is now the current plan.',
		'admin_plans.done.delete': 'The draft plan was deleted.',
		'admin_plans.will_import': 'Will import into: {plan}',
		'admin_plans.will_import_new': 'Will import into: a new draft plan',
		'admin_plans.will_check': 'Will check against: {plan} (nothing is saved)',
		'admin_plans.will_check_new': 'Will check against: a new plan (nothing is saved)',
		'admin_plans.confirm_target':
			'Yes, write into {plan}: it has {count} reports and its published actions change for everyone',
		'admin_plans.error.confirm_target':
			'This plan has reports. Tick the confirmation to import into it, or choose another target.',
		'admin_plans.error.confirm_delete': 'Tick the confirmation to delete the plan.',
		'admin_plans.error.transition': 'The plan cannot take that step from its current state.',
		'admin_plans.error.archive_current':
			'The current plan cannot be archived: make another plan current first.',
		'admin_plans.error.current_unpublished': 'Only a published plan can be the current plan.',
		'admin_plans.error.delete_not_draft': 'Only a draft plan can be deleted; archive it instead.',
		'admin_plans.error.delete_used':
			'This plan has reports, round tables or review snapshots and cannot be deleted.'
	},
	az: {
		'admin_plans.status.draft': 'Qaralama',
		'admin_plans.status.published': 'Dərc edilib',
		'admin_plans.status.archived': 'Arxivdə',
		'admin_plans.current': 'Cari plan',
		'admin_plans.reports_count': '{count} hesabat',
		'admin_plans.lifecycle_help':
			'Yeni və ya idxal edilmiş plan qaralamadır: onu yalnız adminlər görür. Hamının görməsi üçün onu dərc edin, bütün səhifələrin onunla açılması üçün isə cari plan edin. Səhifələr cari planla, o olmadıqda isə illəri bu günü əhatə edən dərc edilmiş planla açılır.',
		'admin_plans.step.publish': 'Dərc et',
		'admin_plans.step.archive': 'Arxivləşdir',
		'admin_plans.step.unarchive': 'Yenidən dərc et',
		'admin_plans.step.current': 'Cari plan et',
		'admin_plans.step.delete': 'Sil',
		'admin_plans.delete_confirm': 'Bəli, {plan} planını tədbirləri və dövrləri ilə birlikdə silin',
		'admin_plans.done.publish': '{plan} dərc edildi.',
		'admin_plans.done.archive': '{plan} arxivləşdirildi.',
		'admin_plans.done.unarchive': '{plan} yenidən dərc edildi.',
		'admin_plans.done.current': '{plan} indi cari plandır.',
		'admin_plans.done.delete': 'Qaralama plan silindi.',
		'admin_plans.will_import': 'İdxal ediləcək: {plan}',
		'admin_plans.will_import_new': 'İdxal ediləcək: yeni qaralama plan',
		'admin_plans.will_check': 'Yoxlanılacaq: {plan} (heç nə saxlanmır)',
		'admin_plans.will_check_new': 'Yoxlanılacaq: yeni plan (heç nə saxlanmır)',
		'admin_plans.confirm_target':
			'Bəli, {plan} planına yazın: onun {count} hesabatı var və dərc edilmiş tədbirləri hamı üçün dəyişir',
		'admin_plans.error.confirm_target':
			'Bu planın hesabatları var. Ona idxal etmək üçün təsdiqi işarələyin və ya başqa hədəf seçin.',
		'admin_plans.error.confirm_delete': 'Planı silmək üçün təsdiqi işarələyin.',
		'admin_plans.error.transition': 'Plan hazırkı vəziyyətindən bu addımı ata bilməz.',
		'admin_plans.error.archive_current':
			'Cari plan arxivləşdirilə bilməz: əvvəlcə başqa planı cari edin.',
		'admin_plans.error.current_unpublished': 'Yalnız dərc edilmiş plan cari ola bilər.',
		'admin_plans.error.delete_not_draft':
			'Yalnız qaralama plan silinə bilər; onun əvəzinə arxivləşdirin.',
		'admin_plans.error.delete_used':
			'Bu planın hesabatları, dəyirmi masaları və ya baxış snapshotları var, onu silmək olmaz.'
	}
};
