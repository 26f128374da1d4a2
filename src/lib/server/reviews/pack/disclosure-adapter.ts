// The pack's bridge to the donor suppression rule, which lives in src/lib/server/disclosure.ts
// (issue 5): primary suppression of 1..threshold, group-disclosure zeros, and secondary
// suppression audited so that no hidden cell can be worked out (see that file's header).
export {
	protectTable,
	cellText,
	chartValue,
	type SafeCell,
	type ProtectInput
} from '../../disclosure/rule';
