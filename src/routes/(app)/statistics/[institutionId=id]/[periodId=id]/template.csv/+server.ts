import { statFileResponse } from '../download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => statFileResponse(event, 'template', 'csv');
