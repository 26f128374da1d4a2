import type { ParamMatcher } from '@sveltejs/kit';
import { isId } from '$lib/ids';

// `[reportId=id]`: the route matches only a positive integer id, so a load can use Number() safely.
export const match = ((param: string): param is string => isId(param)) satisfies ParamMatcher;
