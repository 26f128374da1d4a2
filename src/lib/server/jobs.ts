// Background jobs that run inside the server process (deadline reminders). Each job registers
// itself here; `startBackgroundJobs` is called once from hooks.server.ts.
import { building } from '$app/environment';

type Job = { name: string; everyMs: number; run: () => Promise<void> | void };
const jobs: Job[] = [];
let started = false;

export function registerJob(job: Job): void {
	jobs.push(job);
	if (started) schedule(job);
}

function schedule(job: Job): void {
	const tick = async () => {
		try {
			await job.run();
		} catch (e) {
			console.error(`[job ${job.name}]`, e);
		}
	};
	setTimeout(tick, 5_000).unref();
	setInterval(tick, job.everyMs).unref();
}

export function startBackgroundJobs(): void {
	if (started || building || process.env.DISABLE_JOBS === '1') return;
	started = true;
	jobs.forEach(schedule);
}
