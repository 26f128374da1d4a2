// Report forms that keep work: uploads that save the text too, the unsaved-changes warning, autosave.
export default {
	en: {
		'progress.evidence_saves_text': 'Uploading also saves the text above as a draft.',
		'progress.unsaved_confirm':
			'This report has changes that are not saved. Leave the page anyway?',
		'progress.autosaved': 'Draft saved automatically at {time}.',
		'progress.autosave_conflict':
			'Someone else saved this report meanwhile: automatic saving has stopped. Save to compare the two versions.',
		'progress.autosave_stopped': 'The draft could not be saved automatically. Save it by hand.'
	},
	az: {
		'progress.evidence_saves_text': 'Yükləmə yuxarıdakı mətni də qaralama kimi saxlayır.',
		'progress.unsaved_confirm':
			'Bu hesabatda saxlanılmamış dəyişikliklər var. Səhifəni yenə də tərk edirsiniz?',
		'progress.autosaved': 'Qaralama saat {time} avtomatik saxlanıldı.',
		'progress.autosave_conflict':
			'Bu arada hesabatı başqası saxladı: avtomatik saxlama dayandı. İki versiyanı müqayisə etmək üçün saxlayın.',
		'progress.autosave_stopped': 'Qaralama avtomatik saxlanıla bilmədi. Onu əl ilə saxlayın.'
	}
};
