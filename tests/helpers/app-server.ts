// Starts the built server (`node build`, from `npm run build`) on a free loopback port with a
// database of the caller's, for tests that need the real process: backup/restore, crash test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

export interface App {
	origin: string;
	proc: ChildProcess;
	/** SIGTERM and wait for exit */
	stop(): Promise<void>;
}

export async function startApp(opts: {
	databaseUrl: string;
	dataDir: string;
	port?: number;
	env?: Record<string, string>;
	/** how long to wait for /login to answer */
	timeoutMs?: number;
}): Promise<App> {
	const port = opts.port ?? (await freePort());
	const origin = `http://127.0.0.1:${port}`;
	const proc = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			DATABASE_URL: opts.databaseUrl,
			DATA_DIR: opts.dataDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DISABLE_JOBS: '1',
			SMTP_URL: '',
			...opts.env
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	proc.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
	const exited = new Promise<void>((r) => proc.once('exit', () => r()));
	const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
	for (;;) {
		if (proc.exitCode !== null || proc.signalCode !== null)
			throw new Error(`node build exited (${proc.exitCode ?? proc.signalCode}): ${stderr}`);
		try {
			const res = await fetch(`${origin}/login`, { signal: AbortSignal.timeout(2000) });
			if (res.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			proc.kill('SIGKILL');
			throw new Error(`node build did not answer /login in time: ${stderr}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		origin,
		proc,
		stop: async () => {
			if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
			await exited;
		}
	};
}

/** Signs in through the login form; returns the session cookie ("name=value"). */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
	const res = await fetch(`${origin}/login`, {
		method: 'POST',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.find((c) => c.startsWith('nap-session=') || c.startsWith('__Host-nap-session='));
	if (res.status !== 303 || !cookie) throw new Error(`sign-in as ${email}: ${res.status}`);
	return cookie;
}
