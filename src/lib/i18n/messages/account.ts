export default {
	en: {
		'account.profile': 'Profile',
		'account.password': 'Password',
		'account.current_password': 'Current password',
		'account.new_password': 'New password',
		'account.confirm_password': 'Repeat the new password',
		'account.change_password': 'Change password',
		'account.password_changed': 'Password changed. You were signed out everywhere else.',
		'auth.password_set': 'Your password is set. Sign in with it now.',
		'password.rules': 'At least {min} characters. A passphrase of several words is good.',
		'password.too_short': 'The password must have at least {min} characters.',
		'password.too_long': 'The password is too long.',
		'password.is_email': 'The password must not be your email address.',
		'password.common':
			'This password is among the most common ones and is tried first by attackers. Choose another, for example several unrelated words.',
		'password.context':
			'The password is made of your name, your e-mail, an institution or the name of this service. Add words of your own.',
		'password.mismatch': 'The two passwords do not match.',
		'password.same_as_current': 'The new password must differ from the current one.',
		'password.current_wrong': 'The current password is not correct.',
		'invite.title': 'Welcome to NAP Tracker',
		'invite.reset_title': 'Choose a new password',
		'invite.intro': '{name} ({email}): choose your password.',
		'invite.submit': 'Set password',
		'invite.ask_admin': 'Ask your administrator for a new link.',
		'token.invalid': 'This link is not valid.',
		'token.expired': 'This link has expired.',
		'token.used': 'This link has already been used.'
	},
	az: {
		'account.profile': 'Profil',
		'account.password': 'Şifrə',
		'account.current_password': 'Cari şifrə',
		'account.new_password': 'Yeni şifrə',
		'account.confirm_password': 'Yeni şifrəni təkrarlayın',
		'account.change_password': 'Şifrəni dəyiş',
		'account.password_changed':
			'Şifrə dəyişdirildi. Bütün digər cihazlarda sessiyalarınız bağlandı.',
		'auth.password_set': 'Şifrəniz təyin edildi. İndi onunla daxil olun.',
		'password.rules': 'Ən azı {min} simvol. Bir neçə sözdən ibarət ifadə yaxşı seçimdir.',
		'password.too_short': 'Şifrə ən azı {min} simvoldan ibarət olmalıdır.',
		'password.too_long': 'Şifrə çox uzundur.',
		'password.is_email': 'Şifrə e-poçt ünvanınız ola bilməz.',
		'password.common':
			'Bu şifrə ən çox istifadə olunan şifrələrdəndir və hücum edənlər onu ilk yoxlayır. Başqasını seçin, məsələn, bir-biri ilə əlaqəsi olmayan bir neçə söz.',
		'password.context':
			'Şifrə adınızdan, e-poçtunuzdan, qurumun və ya bu xidmətin adından ibarətdir. Öz sözlərinizi əlavə edin.',
		'password.mismatch': 'İki şifrə üst-üstə düşmür.',
		'password.same_as_current': 'Yeni şifrə cari şifrədən fərqli olmalıdır.',
		'password.current_wrong': 'Cari şifrə düzgün deyil.',
		'invite.title': 'NAP Tracker-ə xoş gəlmisiniz',
		'invite.reset_title': 'Yeni şifrə seçin',
		'invite.intro': '{name} ({email}): şifrənizi seçin.',
		'invite.submit': 'Şifrəni təyin et',
		'invite.ask_admin': 'Administratordan yeni keçid istəyin.',
		'token.invalid': 'Bu keçid etibarlı deyil.',
		'token.expired': 'Bu keçidin vaxtı bitib.',
		'token.used': 'Bu keçid artıq istifadə olunub.'
	}
};
