// Reminder emails and notifications. The reminder job imports this file directly (it runs under
// tsx too, where the message glob is not available).
export default {
	en: {
		'reminder.subject_due': 'NAP Tracker: progress reports due soon',
		'reminder.subject_overdue': 'NAP Tracker: progress reports overdue',
		'reminder.subject_escalation': 'NAP Tracker: institutions late with their progress reports',
		'reminder.greeting': 'Dear {name},',
		'reminder.intro': 'Your institution ({institution}) still has progress reports to submit:',
		'reminder.line_due':
			'{period}: due {due}, {days} days left; {missing} of {expected} reports not submitted yet',
		'reminder.line_overdue':
			'{period}: was due {due}, {days} days overdue; {missing} of {expected} reports not submitted',
		'reminder.escalation_intro':
			'These institutions are more than {days} days late with their progress reports:',
		'reminder.line_escalation':
			'{institution}, {period}: due {due}, {days} days overdue; {missing} of {expected} reports missing',
		'reminder.link': 'Report here: {url}',
		'reminder.footer': 'This reminder is sent once for each stage. NAP Tracker',
		'notify.reminder_due': '{period}: {missing} of {expected} progress reports are due on {due}.',
		'notify.reminder_overdue':
			'{period}: {missing} of {expected} progress reports are overdue (due {due}).',
		'notify.escalation':
			'{institution} is {days} days late for {period}: {missing} of {expected} reports missing.'
	},
	az: {
		'reminder.subject_due': 'NAP Tracker: irəliləyiş hesabatlarının müddəti yaxınlaşır',
		'reminder.subject_overdue': 'NAP Tracker: irəliləyiş hesabatlarının müddəti keçib',
		'reminder.subject_escalation': 'NAP Tracker: irəliləyiş hesabatlarını gecikdirən qurumlar',
		'reminder.greeting': 'Hörmətli {name},',
		'reminder.intro':
			'Qurumunuzun ({institution}) hələ təqdim etmədiyi irəliləyiş hesabatları var:',
		'reminder.line_due':
			'{period}: son tarix {due}, {days} gün qalıb; {expected} hesabatdan {missing} hələ təqdim edilməyib',
		'reminder.line_overdue':
			'{period}: son tarix {due} idi, {days} gün gecikir; {expected} hesabatdan {missing} təqdim edilməyib',
		'reminder.escalation_intro':
			'Bu qurumlar irəliləyiş hesabatlarını {days} gündən çox gecikdirir:',
		'reminder.line_escalation':
			'{institution}, {period}: son tarix {due}, {days} gün gecikir; {expected} hesabatdan {missing} yoxdur',
		'reminder.link': 'Hesabat vermək üçün: {url}',
		'reminder.footer': 'Bu xatırlatma hər mərhələ üçün bir dəfə göndərilir. NAP Tracker',
		'notify.reminder_due':
			'{period}: {expected} irəliləyiş hesabatından {missing} üçün son tarix {due}.',
		'notify.reminder_overdue':
			'{period}: {expected} irəliləyiş hesabatından {missing} gecikir (son tarix {due}).',
		'notify.escalation':
			'{institution} {period} üzrə {days} gün gecikir: {expected} hesabatdan {missing} yoxdur.'
	}
};
