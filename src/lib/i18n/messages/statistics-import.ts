// Strings of statistics file import (preview, row and cell errors, refused files).
export default {
	en: {
		'stat.import_link': 'Import a filled template',
		'stat.imported':
			'File imported: {count} figures changed. Check the flagged cells, then submit.',
		'stat.import.title': 'Import figures from a file',
		'stat.import.help':
			'Upload the filled template (Excel .xlsx or CSV, at most {max} KB). You will see every change and every problem before anything is saved; then all rows are saved together, or none.',
		'stat.import.file': 'File',
		'stat.import.check': 'Check file',
		'stat.import.preview': 'Preview of {file}',
		'stat.import.summary': '{rows} rows read, {changes} changes, {errors} errors.',
		'stat.import.fix_file':
			'Nothing was saved. Correct these rows in the file and upload it again.',
		'stat.import.rules_note':
			'{count} figures break a rule that blocks submission. You can import them as a draft and correct them in the grid.',
		'stat.import.row': 'Row',
		'stat.import.column': 'Column',
		'stat.import.problem': 'Problem',
		'stat.import.before': 'Now',
		'stat.import.after': 'From the file',
		'stat.import.commit': 'Import {count} changes',
		'stat.import.nothing': 'The file holds the same figures as the report: nothing to import.',
		'stat.import.no_file': 'Choose a file to upload.',
		'stat.import.empty': 'The file is empty.',
		'stat.import.too_large':
			'The file is too large (at most {max} KB). Use the template of this page.',
		'stat.import.old_excel':
			'This is an old Excel file (.xls). Save it as .xlsx or CSV and upload again.',
		'stat.import.corrupt':
			'The file is damaged or incomplete (perhaps the download or the save was cut short), or it is not an Excel file.',
		'stat.import.too_big_unpacked':
			'The file unpacks to far more data than a statistics template holds; it was not opened.',
		'stat.import.encoding': 'The file is not text in UTF-8. Save it as "CSV UTF-8" or as .xlsx.',
		'stat.import.csv_malformed':
			'The CSV file ends inside a quoted value: it is incomplete or damaged.',
		'stat.import.too_many_rows': 'The file has more than {max} rows.',
		'stat.import.too_complex':
			'The file is built in a way no statistics template is (far too many cells, strings or levels), or took too long to read; it was refused. Start again from the template of this page.',
		'stat.import.busy': 'Several files are being read right now. Please upload again in a minute.',
		'stat.import.wrong_columns':
			'The columns are not those of the template. Expected: {expected}. Found: {found}.',
		'stat.import.no_rows': 'The file has a header but no rows.',
		'stat.import.formula': 'Formulas are not accepted: type the number itself.',
		'stat.import.extra_cells': 'There is data to the right of the last column.',
		'stat.import.wrong_institution':
			'This row belongs to another institution (expected {expected}).',
		'stat.import.wrong_year': 'This row belongs to another year (expected {expected}).',
		'stat.import.unknown_metric': 'Unknown metric "{code}" for this institution.',
		'stat.import.unknown_category': 'Unknown breakdown "{key}" for this metric.',
		'stat.import.duplicate': 'The same cell already appears in row {line}.',
		'stat.import.yes_no': 'Write "yes" or leave empty.',
		'stat.import.has_errors': 'The file has errors; nothing was saved.',
		'stat.import.conflict':
			'The report was changed since you checked the file. Nothing was saved: check the file again.'
	},
	az: {
		'stat.import_link': 'Doldurulmuş şablonu idxal et',
		'stat.imported':
			'Fayl idxal edildi: {count} rəqəm dəyişdi. Qeyd olunan xanaları yoxlayın, sonra təqdim edin.',
		'stat.import.title': 'Rəqəmləri fayldan idxal et',
		'stat.import.help':
			'Doldurulmuş şablonu yükləyin (Excel .xlsx və ya CSV, ən çoxu {max} KB). Heç nə saxlanılmazdan əvvəl hər dəyişikliyi və hər problemi görəcəksiniz; sonra bütün sətirlər birlikdə saxlanılır, ya da heç biri.',
		'stat.import.file': 'Fayl',
		'stat.import.check': 'Faylı yoxla',
		'stat.import.preview': '{file} faylına ilkin baxış',
		'stat.import.summary': '{rows} sətir oxundu, {changes} dəyişiklik, {errors} xəta.',
		'stat.import.fix_file':
			'Heç nə saxlanılmadı. Bu sətirləri faylda düzəldin və yenidən yükləyin.',
		'stat.import.rules_note':
			'{count} rəqəm təqdim etməyə mane olan qaydanı pozur. Onları qaralama kimi idxal edib cədvəldə düzəldə bilərsiniz.',
		'stat.import.row': 'Sətir',
		'stat.import.column': 'Sütun',
		'stat.import.problem': 'Problem',
		'stat.import.before': 'Hazırda',
		'stat.import.after': 'Fayldan',
		'stat.import.commit': '{count} dəyişikliyi idxal et',
		'stat.import.nothing':
			'Fayldakı rəqəmlər hesabatdakı ilə eynidir: idxal ediləcək heç nə yoxdur.',
		'stat.import.no_file': 'Yükləmək üçün fayl seçin.',
		'stat.import.empty': 'Fayl boşdur.',
		'stat.import.too_large':
			'Fayl çox böyükdür (ən çoxu {max} KB). Bu səhifənin şablonundan istifadə edin.',
		'stat.import.old_excel':
			'Bu, köhnə Excel faylıdır (.xls). Onu .xlsx və ya CSV kimi saxlayıb yenidən yükləyin.',
		'stat.import.corrupt':
			'Fayl zədələnib və ya natamamdır (bəlkə yükləmə və ya saxlama yarımçıq qalıb), ya da Excel faylı deyil.',
		'stat.import.too_big_unpacked':
			'Fayl açıldıqda statistika şablonundan qat-qat çox məlumat verir; o açılmadı.',
		'stat.import.encoding': 'Fayl UTF-8 mətni deyil. Onu "CSV UTF-8" və ya .xlsx kimi saxlayın.',
		'stat.import.csv_malformed':
			'CSV faylı dırnaq içindəki dəyərin ortasında bitir: natamam və ya zədələnmişdir.',
		'stat.import.too_many_rows': 'Faylda {max} sətirdən çox var.',
		'stat.import.too_complex':
			'Fayl heç bir statistika şablonunda olmayan şəkildə qurulub (həddindən çox xana, sətir mətni və ya səviyyə) və ya onu oxumaq çox uzun çəkdi; fayl qəbul edilmədi. Bu səhifənin şablonundan yenidən başlayın.',
		'stat.import.busy': 'Hazırda bir neçə fayl oxunur. Bir dəqiqədən sonra yenidən yükləyin.',
		'stat.import.wrong_columns':
			'Sütunlar şablonun sütunları deyil. Gözlənilən: {expected}. Tapılan: {found}.',
		'stat.import.no_rows': 'Faylda başlıq var, sətir yoxdur.',
		'stat.import.formula': 'Düsturlar qəbul edilmir: rəqəmin özünü yazın.',
		'stat.import.extra_cells': 'Son sütundan sağda məlumat var.',
		'stat.import.wrong_institution': 'Bu sətir başqa quruma aiddir (gözlənilən: {expected}).',
		'stat.import.wrong_year': 'Bu sətir başqa ilə aiddir (gözlənilən: {expected}).',
		'stat.import.unknown_metric': 'Bu qurum üçün naməlum göstərici: "{code}".',
		'stat.import.unknown_category': 'Bu göstərici üçün naməlum bölgü: "{key}".',
		'stat.import.duplicate': 'Eyni xana artıq başqa sətirdə var (sətir {line}).',
		'stat.import.yes_no': '"yes" yazın və ya boş saxlayın.',
		'stat.import.has_errors': 'Faylda xətalar var; heç nə saxlanılmadı.',
		'stat.import.conflict':
			'Faylı yoxladıqdan sonra hesabat dəyişdirilib. Heç nə saxlanılmadı: faylı yenidən yoxlayın.'
	}
};
