// The pack's status order; the colours are the app's one palette per meaning.
import { ACTION_STATUSES, type ActionStatus } from '../../plan/action-status';

export { RESULT_COLOR, STATUS_COLORS } from '../../../meaning-colors';
export const STATUS_ORDER: readonly ActionStatus[] = ACTION_STATUSES;
