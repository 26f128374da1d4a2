import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DB } from '../src/lib/server/db/connect';

export interface SeedContext {
	db: DB;
	now: Date;
	log: (msg: string) => void;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Reads seed/data/NAME (copies of ../shared/data, with their sources). */
export function readSeedJson<T>(name: string): T {
	return JSON.parse(readFileSync(resolve(here, 'data', name), 'utf8')) as T;
}

export type SeedStep = (ctx: SeedContext) => Promise<void> | void;
