// Names of the audit log's codes (entity, operation, role, field) in the reader's language, for
// the page (client `t`) and the exports (server `translate`). The log keeps the codes the code
// wrote; a code with no translation yet is shown as it is rather than as a message key.
type Tr = (key: string) => string;

function named(tr: Tr, keys: string[], code: string): string {
	for (const k of keys) {
		const s = tr(k);
		if (s !== k) return s;
	}
	return code;
}

export function entityLabel(tr: Tr, entity: string): string {
	return named(tr, [`audit.entity.${entity}`], entity);
}

/** Security events (sign-in, password change …) already have names on their own page. */
export function operationLabel(tr: Tr, operation: string): string {
	return named(tr, [`audit.op.${operation}`, `security.event.${operation}`], operation);
}

export function roleLabel(tr: Tr, role: string | null): string {
	if (!role) return '';
	return named(tr, [`role.${role}`], role);
}

/** `sectionsAdded` → its translation, else the code; a nested path (`limits.max`) as it is. */
export function fieldLabel(tr: Tr, field: string): string {
	return named(tr, [`audit.field.${field}`], field);
}

/** A stored value in words where the app has a name for it (a report's state, yes/no …). */
export function valueLabel(
	tr: Tr,
	entity: string,
	field: string,
	value: string | null
): string | null {
	if (value === null) return null;
	if (value === 'true' || value === 'false')
		return named(tr, [value === 'true' ? 'common.yes' : 'common.no'], value);
	if (field === 'state') return named(tr, [`workflow.state.${value}`], value);
	if (entity === 'plan' && field === 'status')
		return named(tr, [`admin_plans.status.${value}`], value);
	return value;
}
