// Messages of the plan importer: file problems and row errors (keys returned by the server).
export default {
	en: {
		'plan_import.error.empty': 'The file contains no table.',
		'plan_import.error.no_rows': 'The table has a header row but no rows.',
		'plan_import.error.format':
			'The file type is not recognised: upload a .csv, .xlsx or .json file.',
		'plan_import.error.not_utf8': 'The file is not UTF-8 text. In Excel, save it as “CSV UTF-8”.',
		'plan_import.error.unreadable': 'The file could not be read. Is it a valid .xlsx file?',
		'plan_import.error.too_big_unpacked':
			'The file unpacks to far more data than an action plan holds; it was not opened.',
		'plan_import.error.too_many_rows':
			'The file has more than {max} rows; an action plan has far fewer.',
		'plan_import.error.too_many_columns':
			'The file has data right of column {max}; keep only the table’s columns (see the template).',
		'plan_import.error.too_complex':
			'The file is built in a way no plan table is (far too many cells, strings or levels), or took too long to read; it was refused.',
		'plan_import.error.busy':
			'Several files are being read right now. Please upload again in a minute.',
		'plan_import.error.json_syntax': 'The file is not valid JSON.',
		'plan_import.error.json_shape':
			'The JSON file must be a list of rows (objects), or an object with a “rows” list.',
		'plan_import.error.plan_missing': 'The plan to import into does not exist.',
		'plan_import.error.plan_code_taken':
			'A plan with this code exists already: choose it under “Import into” to update it.',
		'plan_import.error.column_twice': 'The column “{header}” appears twice.',
		'plan_import.error.column_missing_code': 'The header row has no “No.” / “Sıra №-si” column.',
		'plan_import.error.column_missing_text':
			'The header row has no action text column (“Action”, “Tədbirin adı”, “Action (az)”, “Action (en)”).',
		'plan_import.error.column_missing_bodies':
			'The header row has no “Executing bodies” / “İcraçı orqanlar” column.',
		'plan_import.error.column_missing_period':
			'The header row has no “Period” / “İcra müddəti (illər üzrə)” column.',
		'plan_import.error.code_missing': 'The row has no number in the “No.” column.',
		'plan_import.error.code_twice': 'Number {code} is already used in row {first}.',
		'plan_import.error.code_malformed':
			'“{code}” is not a valid number: sections are written like 4.1, actions like 4.1.1.',
		'plan_import.error.section_unknown':
			'Action {code} belongs to section {section}, which is neither in the file nor in the plan.',
		'plan_import.error.section_title_missing': 'Section {code} has no title in either language.',
		'plan_import.error.section_has_action_cells':
			'Section row {code} has executing bodies or a period: these belong on action rows.',
		'plan_import.error.text_missing': 'Action {code} has no text in either language.',
		'plan_import.error.period_invalid':
			'“{value}” is not a period: write 2020-2022, 2021 or “permanent” (“daimi”).',
		'plan_import.error.period_reversed': 'The period ends ({end}) before it starts ({start}).',
		'plan_import.error.period_outside': '“{value}” is outside the plan’s years {start}–{end}.',
		'plan_import.error.body_unknown':
			'Unknown institution “{value}”: use its code or its full name in Azerbaijani or English.',
		'plan_import.error.body_ambiguous':
			'“{value}” matches more than one institution: use its code.',
		'plan_import.error.body_twice': '{value} is listed twice.',
		'plan_import.error.body_two_leads': 'More than one body is marked as the lead.',
		'plan_import.error.sample_invalid': '“{value}” in the Sample column: write yes or no.',
		'plan_import.column.code': 'No.',
		'plan_import.column.textAz': 'Action (az)',
		'plan_import.column.textEn': 'Action (en)',
		'plan_import.column.bodies': 'Executing bodies',
		'plan_import.column.period': 'Period',
		'plan_import.column.source': 'Source',
		'plan_import.column.note': 'Note',
		'plan_import.column.sample': 'Sample',
		'plan_import.file': 'the file'
	},
	az: {
		'plan_import.error.empty': 'Faylda cədvəl yoxdur.',
		'plan_import.error.no_rows': 'Cədvəldə başlıq sətri var, amma sətir yoxdur.',
		'plan_import.error.format': 'Faylın növü tanınmadı: .csv, .xlsx və ya .json faylı yükləyin.',
		'plan_import.error.not_utf8': 'Fayl UTF-8 mətni deyil. Excel-də onu “CSV UTF-8” kimi saxlayın.',
		'plan_import.error.unreadable': 'Faylı oxumaq mümkün olmadı. Bu düzgün .xlsx faylıdırmı?',
		'plan_import.error.too_big_unpacked':
			'Fayl açıldıqda fəaliyyət planında olandan qat-qat çox məlumat verir; fayl açılmadı.',
		'plan_import.error.too_many_rows':
			'Faylda {max} sətirdən çox var; fəaliyyət planında sətirlər xeyli azdır.',
		'plan_import.error.too_many_columns':
			'Faylda {max}-cü sütundan sağda məlumat var; yalnız cədvəlin sütunlarını saxlayın (şablona baxın).',
		'plan_import.error.too_complex':
			'Fayl heç bir plan cədvəlində olmayan şəkildə qurulub (həddindən çox xana, mətn və ya səviyyə) və ya onu oxumaq çox uzun çəkdi; fayl qəbul edilmədi.',
		'plan_import.error.busy': 'Hazırda bir neçə fayl oxunur. Bir dəqiqədən sonra yenidən yükləyin.',
		'plan_import.error.json_syntax': 'Fayl düzgün JSON deyil.',
		'plan_import.error.json_shape':
			'JSON faylı sətirlər (obyektlər) siyahısı və ya “rows” siyahısı olan obyekt olmalıdır.',
		'plan_import.error.plan_missing': 'İdxal ediləcək plan mövcud deyil.',
		'plan_import.error.plan_code_taken':
			'Bu kodla plan artıq var: onu yeniləmək üçün “Hara idxal edilsin” siyahısından seçin.',
		'plan_import.error.column_twice': '“{header}” sütunu iki dəfə verilib.',
		'plan_import.error.column_missing_code': 'Başlıq sətrində “Sıra №-si” / “No.” sütunu yoxdur.',
		'plan_import.error.column_missing_text':
			'Başlıq sətrində tədbirin mətni sütunu yoxdur (“Tədbirin adı”, “Action”, “Action (az)”, “Action (en)”).',
		'plan_import.error.column_missing_bodies':
			'Başlıq sətrində “İcraçı orqanlar” / “Executing bodies” sütunu yoxdur.',
		'plan_import.error.column_missing_period':
			'Başlıq sətrində “İcra müddəti (illər üzrə)” / “Period” sütunu yoxdur.',
		'plan_import.error.code_missing': 'Sətrin “Sıra №-si” sütununda nömrə yoxdur.',
		'plan_import.error.code_twice': '{code} nömrəsi artıq {first} nömrəli sətirdə istifadə olunub.',
		'plan_import.error.code_malformed':
			'“{code}” düzgün nömrə deyil: bölmələr 4.1, tədbirlər 4.1.1 kimi yazılır.',
		'plan_import.error.section_unknown':
			'{code} tədbiri {section} bölməsinə aiddir, amma bu bölmə nə faylda, nə də planda var.',
		'plan_import.error.section_title_missing': '{code} bölməsinin heç bir dildə adı yoxdur.',
		'plan_import.error.section_has_action_cells':
			'{code} bölmə sətrində icraçı orqanlar və ya müddət var: onlar tədbir sətirlərində olmalıdır.',
		'plan_import.error.text_missing': '{code} tədbirinin heç bir dildə mətni yoxdur.',
		'plan_import.error.period_invalid':
			'“{value}” müddət deyil: 2020-2022, 2021 və ya “daimi” yazın.',
		'plan_import.error.period_reversed': 'Müddət başlamazdan ({start}) əvvəl bitir ({end}).',
		'plan_import.error.period_outside': '“{value}” planın {start}–{end} illərindən kənardadır.',
		'plan_import.error.body_unknown':
			'Naməlum qurum “{value}”: onun kodunu və ya Azərbaycan, ya ingilis dilində tam adını yazın.',
		'plan_import.error.body_ambiguous': '“{value}” birdən çox quruma uyğun gəlir: kodunu yazın.',
		'plan_import.error.body_twice': '{value} iki dəfə göstərilib.',
		'plan_import.error.body_two_leads': 'Birdən çox orqan aparıcı icraçı kimi qeyd olunub.',
		'plan_import.error.sample_invalid': '“Nümunə” sütununda “{value}”: bəli və ya xeyr yazın.',
		'plan_import.column.code': 'Sıra №-si',
		'plan_import.column.textAz': 'Tədbirin adı (az)',
		'plan_import.column.textEn': 'Tədbirin adı (en)',
		'plan_import.column.bodies': 'İcraçı orqanlar',
		'plan_import.column.period': 'İcra müddəti',
		'plan_import.column.source': 'Mənbə',
		'plan_import.column.note': 'Qeyd',
		'plan_import.column.sample': 'Nümunə',
		'plan_import.file': 'fayl'
	}
};
