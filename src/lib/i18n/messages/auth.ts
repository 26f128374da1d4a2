export default {
	en: {
		'auth.login_title': 'Sign in',
		'auth.login': 'Sign in',
		'auth.email': 'Email',
		'auth.password': 'Password',
		'auth.email_invalid': 'Enter a valid email address.',
		'auth.invalid': 'The email or password is not correct.',
		'auth.locked': 'Too many failed attempts. Try again in {minutes} min.',
		'auth.wait':
			'Too many failed attempts from this address. Wait {seconds} s, then try again. Signing in from elsewhere is not affected.'
	},
	az: {
		'auth.login_title': 'Daxil ol',
		'auth.login': 'Daxil ol',
		'auth.email': 'E-poçt',
		'auth.password': 'Şifrə',
		'auth.email_invalid': 'Düzgün e-poçt ünvanı daxil edin.',
		'auth.invalid': 'E-poçt və ya şifrə düzgün deyil.',
		'auth.locked': 'Çoxlu uğursuz cəhd. {minutes} dəq. sonra yenidən cəhd edin.',
		'auth.wait':
			'Bu ünvandan çoxlu uğursuz cəhd. {seconds} san. gözləyin, sonra yenidən cəhd edin. Başqa yerdən daxil olmağa təsir etmir.'
	}
};
