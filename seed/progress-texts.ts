// Demo narratives for progress reports, in Azerbaijani and English. Generic texts per aim of the
// plan; where an institution's action matches a real, published event (DOMAIN.md), that event is
// the narrative. Picked by keywords in the action's text, never by database ids.

export interface Narrative {
	doneAz: string;
	doneEn: string;
	obstaclesAz?: string;
	obstaclesEn?: string;
	nextAz?: string;
	nextEn?: string;
}

interface Special extends Narrative {
	institution: string;
	/** words the English action text must contain */
	match: RegExp;
	/** the half-year the event belongs to, e.g. 2021-H2 */
	period: string;
}

export const SPECIAL: Special[] = [
	{
		institution: 'MIA',
		match: /awareness campaign|brochures/i,
		period: '2020-H1',
		doneAz:
			'Baş İdarə BMqT ilə birgə maarifləndirmə kampaniyasını davam etdirib: broşür, vərəqə və plakatlar metro stansiyalarında, hava limanında, sərhəd keçid məntəqələrində və məktəblərdə yayılıb; polisin qaynar xətti reklam olunub.',
		doneEn:
			'The Main Department continued the awareness campaign with IOM: brochures, leaflets and posters were placed at metro stations, the airport, border crossings and schools, advertising the police helpline.',
		obstaclesAz: 'Pandemiya ilə bağlı karantin rejimi səbəbindən məktəblərdə yayım dayandırılıb.',
		obstaclesEn: 'Distribution in schools stopped when the pandemic quarantine closed them.',
		nextAz: 'Materialların rəqəmsal versiyalarının sosial şəbəkələrdə yayılması.',
		nextEn: 'Share digital versions of the materials on social media.'
	},
	{
		institution: 'MIA',
		match: /video clips|victims' stories/i,
		period: '2021-H2',
		doneAz:
			'Qurbanların hekayələri əsasında azərbaycan və ingilis dillərində video çarx hazırlanıb və sosial şəbəkələrdə yayılıb.',
		doneEn:
			'A video clip based on victims’ stories was produced in Azerbaijani and English and shared on social media.',
		nextAz: 'Çarxın regional televiziyalarda yayımlanması.',
		nextEn: 'Broadcast the clip on regional television.'
	},
	{
		institution: 'VAC',
		match: /health providers/i,
		period: '2021-H1',
		doneAz:
			'"İnsan alveri qurbanları ilə etik davranış: tibb işçiləri üçün bələdçi" mövzusunda Balakən və Şamaxı rayon xəstəxanalarında məlumatlandırma sessiyaları keçirilib.',
		doneEn:
			'Information sessions on "Ethical treatment of victims of human trafficking: a guide for health providers" were held at the Balakan and Shamakhi district hospitals.',
		nextAz: 'Sessiyaların digər rayon xəstəxanalarında davam etdirilməsi.',
		nextEn: 'Continue the sessions in other district hospitals.'
	},
	{
		institution: 'VAC',
		match: /health providers/i,
		period: '2021-H2',
		doneAz:
			'28 sentyabr 2021-ci ildə İsmayıllı Mərkəzi Xəstəxanasında 24 tibb işçisi üçün "İnsan alveri qurbanları ilə etik davranış: tibb işçiləri üçün bələdçi" sessiyası keçirilib.',
		doneEn:
			'On 28 September 2021 the session "Ethical treatment of victims of human trafficking: a guide for health providers" was held for 24 staff of the Ismayilli Central Hospital.',
		obstaclesAz: 'Növbəli iş qrafiki səbəbindən bütün həkimlər iştirak edə bilməyib.',
		obstaclesEn: 'Shift work kept some doctors from attending.'
	},
	{
		institution: 'NGO_TEMIZ_DUNYA',
		match: /shelter/i,
		period: '2020-H1',
		doneAz:
			'BMqT-nin dəstəyi ilə təmir olunmuş sığınacaqda qadın və uşaq qurbanlara yerləşdirmə, psixoloji və hüquqi yardım göstərilib; reinteqrasiya üçün peşə kursları təşkil olunub.',
		doneEn:
			'The shelter renovated with IOM support housed women and child victims and gave them psychological and legal help; vocational courses were organised for their reintegration.',
		obstaclesAz: 'Karantin dövründə yeni qəbul məhdudlaşdırılıb.',
		obstaclesEn: 'New admissions were restricted during the quarantine.'
	},
	{
		institution: 'NGO_TEMIZ_DUNYA',
		match: /grants|income-generating|vocational/i,
		period: '2021-H1',
		doneAz:
			'BMqT qrantları ilə qurbanlar və risk qrupundan olan şəxslər üçün peşə təlimi və kiçik biznesə başlamaq üçün dəstək göstərilib.',
		doneEn:
			'With IOM grants, victims and persons at risk received vocational training and support to start small businesses.'
	}
];

const GENERIC: Record<string, Narrative[]> = {
	'4.1': [
		{
			doneAz:
				'Qanunvericiliyin təkmilləşdirilməsi üzrə təkliflər işçi qrupunda müzakirə olunub və aidiyyəti qurumlara göndərilib.',
			doneEn:
				'Proposals to improve the legislation were discussed in the working group and sent to the bodies concerned.',
			nextAz: 'Təkliflərin Nazirlər Kabinetinə təqdim edilməsi.',
			nextEn: 'Submit the proposals to the Cabinet of Ministers.'
		},
		{
			doneAz: 'Beynəlxalq təcrübə öyrənilib, müqayisəli təhlil hazırlanıb.',
			doneEn: 'International practice was studied and a comparative analysis prepared.',
			obstaclesAz: 'Digər qurumlardan rəylərin gecikməsi.',
			obstaclesEn: 'Comments from other bodies arrived late.'
		}
	],
	'4.2': [
		{
			doneAz: 'Müstəntiqlər və prokurorlar üçün qurban yönümlü araşdırma üzrə təlimlər keçirilib.',
			doneEn:
				'Training on victim-centred investigation was held for investigators and prosecutors.',
			nextAz: 'Regional bölmələr üçün təlimlərin davam etdirilməsi.',
			nextEn: 'Continue the training for regional units.'
		},
		{
			doneAz:
				'İnsan alveri və məcburi əmək faktları üzrə proaktiv yoxlamalar aparılıb, cinayət işləri başlanıb.',
			doneEn:
				'Proactive checks on trafficking and forced labour were carried out and criminal cases opened.',
			obstaclesAz: 'Xarici ölkələrdən hüquqi yardım sorğularına cavabların gecikməsi.',
			obstaclesEn: 'Replies to requests for legal assistance from abroad were slow.'
		}
	],
	'4.3': [
		{
			doneAz: 'Qurbanlara sığınacaq, tibbi, psixoloji və hüquqi yardım göstərilib.',
			doneEn: 'Victims received shelter, medical, psychological and legal assistance.',
			nextAz: 'Reinteqrasiya proqramlarının genişləndirilməsi.',
			nextEn: 'Expand the reintegration programmes.'
		},
		{
			doneAz:
				'Qurbanların müəyyən edilməsi və yönləndirilməsi üzrə mütəxəssislər üçün seminar keçirilib.',
			doneEn: 'A seminar on identifying and referring victims was held for specialists.',
			obstaclesAz: 'Regionlarda psixoloqların çatışmazlığı.',
			obstaclesEn: 'There are too few psychologists in the regions.'
		}
	],
	'4.4': [
		{
			doneAz: 'Beynəlxalq təşkilatlarla birgə layihələr çərçivəsində işçi görüşləri keçirilib.',
			doneEn: 'Working meetings were held under joint projects with international organisations.',
			nextAz: 'Növbəti birgə tədbirlərin planlaşdırılması.',
			nextEn: 'Plan the next joint activities.'
		},
		{
			doneAz:
				'Xarici tərəfdaşlarla əməliyyat məlumatları mübadiləsi aparılıb, hüquqi yardım sorğuları icra olunub.',
			doneEn:
				'Operational information was exchanged with foreign counterparts and requests for legal assistance executed.'
		}
	],
	'4.5': [
		{
			doneAz:
				'Məktəblərdə və gənclər mərkəzlərində insan alverinin riskləri barədə maarifləndirici görüşlər keçirilib.',
			doneEn:
				'Awareness meetings on the risks of trafficking were held in schools and youth centres.',
			nextAz: 'Regionlarda görüşlərin davam etdirilməsi.',
			nextEn: 'Continue the meetings in the regions.'
		},
		{
			doneAz: 'Maarifləndirici materiallar hazırlanıb və yayılıb, mətbuatda məlumat verilib.',
			doneEn: 'Awareness materials were prepared and distributed, and the press was informed.',
			obstaclesAz: 'Çap üçün vəsait məhdud olub.',
			obstaclesEn: 'Funds for printing were limited.'
		}
	]
};

export function genericNarrative(sectionCode: string | null, pick: number): Narrative {
	const list = GENERIC[sectionCode ?? ''] ?? GENERIC['4.1'];
	return list[Math.floor(pick * list.length) % list.length];
}

export const RETURN_REASONS = [
	'Please give the number of participants and the dates of the events.',
	'The status says completed, but the next steps describe work still to do. Please correct the status or the percent.',
	'Please add the English text of what was done; the round-table materials are prepared in English.',
	'Attach the list of materials distributed, or a link to the publication.',
	'Zəhmət olmasa, keçirilmiş tədbirlərin və iştirakçıların sayını göstərin.',
	'Hesabat əvvəlki dövrün mətnini təkrarlayır; bu dövrdə görülən işləri yazın.'
];

export const FOCAL_REPLIES = [
	'Düzəliş edəcəyik, regional bölmələrdən məlumat gözləyirik.',
	'We are collecting the figures from the regional units and will resubmit next week.',
	'Siyahını əlavə etdik.'
];
