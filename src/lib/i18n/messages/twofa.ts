export default {
	en: {
		'twofa.title': 'Two-factor authentication',
		'twofa.short': '2FA',
		'twofa.status_on': 'On',
		'twofa.status_off': 'Off',
		'twofa.verify_title': 'Enter your code',
		'twofa.verify_intro': 'Open your authenticator app and enter the 6-digit code for NAP Tracker.',
		'twofa.code_or_recovery': 'Code',
		'twofa.recovery_hint': 'Lost your phone? Enter one of your recovery codes instead.',
		'twofa.verify': 'Verify',
		'twofa.setup_title': 'Set up two-factor authentication',
		'twofa.setup_required':
			'Your role requires a second factor. Set up an authenticator app (for example FreeOTP, Aegis, Google or Microsoft Authenticator) to continue.',
		'twofa.setup_optional':
			'Protect your account with an authenticator app (for example FreeOTP, Aegis, Google or Microsoft Authenticator).',
		'twofa.step_scan': 'Scan this QR code with the app:',
		'twofa.qr_alt': 'QR code with the key for your authenticator app',
		'twofa.step_manual': 'Or enter this key by hand:',
		'twofa.manual_details': 'Time-based, 6 digits, every 30 seconds.',
		'twofa.step_confirm': 'Enter the 6-digit code the app now shows',
		'twofa.enable': 'Turn on',
		'twofa.enabled_now': 'Two-factor authentication is on.',
		'twofa.already_enabled': 'Two-factor authentication is already on for your account.',
		'twofa.continue': 'Continue',
		'twofa.recovery_title': 'Your recovery codes',
		'twofa.recovery_once':
			'Each code works once, if you lose your authenticator. Save them somewhere safe now: they will not be shown again.',
		'twofa.remaining': '{n} unused recovery codes left.',
		'twofa.current_code': 'Current code from your app',
		'twofa.regenerate': 'New recovery codes',
		'twofa.disable': 'Turn off',
		'twofa.disabled_now': 'Two-factor authentication is off.',
		'twofa.required_for_role':
			'Your role requires two-factor authentication, so it cannot be turned off.',
		'twofa.setup_link': 'Set up two-factor authentication',
		'twofa.invalid': 'This code is not correct, or it was already used.',
		'twofa.locked': 'Too many wrong codes. Try again in {minutes} min.',
		'twofa.enrol_expired': 'This setup page has expired. Scan the new QR code and try again.',
		'twofa.not_enabled': 'Two-factor authentication is not turned on.',
		'twofa.required': 'Your role requires two-factor authentication.'
	},
	az: {
		'twofa.title': 'İkifaktorlu autentifikasiya',
		'twofa.short': '2FA',
		'twofa.status_on': 'Aktiv',
		'twofa.status_off': 'Deaktiv',
		'twofa.verify_title': 'Kodu daxil edin',
		'twofa.verify_intro':
			'Autentifikator tətbiqini açın və NAP Tracker üçün 6 rəqəmli kodu daxil edin.',
		'twofa.code_or_recovery': 'Kod',
		'twofa.recovery_hint': 'Telefonunuzu itirmisiniz? Bərpa kodlarınızdan birini daxil edin.',
		'twofa.verify': 'Təsdiqlə',
		'twofa.setup_title': 'İkifaktorlu autentifikasiyanı qurun',
		'twofa.setup_required':
			'Rolunuz ikinci faktor tələb edir. Davam etmək üçün autentifikator tətbiqi qurun (məsələn, FreeOTP, Aegis, Google və ya Microsoft Authenticator).',
		'twofa.setup_optional':
			'Hesabınızı autentifikator tətbiqi ilə qoruyun (məsələn, FreeOTP, Aegis, Google və ya Microsoft Authenticator).',
		'twofa.step_scan': 'Bu QR kodu tətbiqlə skan edin:',
		'twofa.qr_alt': 'Autentifikator tətbiqi üçün açarı olan QR kod',
		'twofa.step_manual': 'Və ya bu açarı əl ilə daxil edin:',
		'twofa.manual_details': 'Vaxta əsaslanan, 6 rəqəm, hər 30 saniyədən bir.',
		'twofa.step_confirm': 'Tətbiqin indi göstərdiyi 6 rəqəmli kodu daxil edin',
		'twofa.enable': 'Aktivləşdir',
		'twofa.enabled_now': 'İkifaktorlu autentifikasiya aktivdir.',
		'twofa.already_enabled': 'Hesabınız üçün ikifaktorlu autentifikasiya artıq aktivdir.',
		'twofa.continue': 'Davam et',
		'twofa.recovery_title': 'Bərpa kodlarınız',
		'twofa.recovery_once':
			'Autentifikatoru itirsəniz, hər kod bir dəfə işləyir. Onları indi etibarlı yerdə saxlayın: bir daha göstərilməyəcək.',
		'twofa.remaining': '{n} istifadə olunmamış bərpa kodu qalıb.',
		'twofa.current_code': 'Tətbiqdəki cari kod',
		'twofa.regenerate': 'Yeni bərpa kodları',
		'twofa.disable': 'Deaktiv et',
		'twofa.disabled_now': 'İkifaktorlu autentifikasiya deaktiv edildi.',
		'twofa.required_for_role':
			'Rolunuz ikifaktorlu autentifikasiya tələb edir, ona görə deaktiv edilə bilməz.',
		'twofa.setup_link': 'İkifaktorlu autentifikasiyanı qur',
		'twofa.invalid': 'Bu kod düzgün deyil və ya artıq istifadə olunub.',
		'twofa.locked': 'Çoxlu səhv kod. {minutes} dəq. sonra yenidən cəhd edin.',
		'twofa.enrol_expired':
			'Bu quraşdırma səhifəsinin vaxtı bitib. Yeni QR kodu skan edib yenidən cəhd edin.',
		'twofa.not_enabled': 'İkifaktorlu autentifikasiya aktiv deyil.',
		'twofa.required': 'Rolunuz ikifaktorlu autentifikasiya tələb edir.'
	}
};
