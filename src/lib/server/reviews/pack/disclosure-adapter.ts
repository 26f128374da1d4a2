// The pack's bridge to the donor suppression rule. Issue 5 owns the rule
// (src/lib/server/disclosure.ts); until it is on this branch, this adapter applies the same rule
// as settings.ts describes it, so the pack never shows a small count to donors:
// - primary: a count from 1 up to the threshold is shown as "<threshold+1>";
// - secondary: when exactly one cell of a group that adds up to a shown total is hidden, the
//   next smallest non-zero cell is hidden too, so the hidden one cannot be worked back.
// TODO: delegate to disclosure.ts once issue 5 lands, keeping this signature.
export interface DisclosedCell {
	value: number | null;
	/** what to print: the number, "<5", or "" for not available */
	text: string;
	suppressed: boolean;
}

export function discloseGroup(
	values: (number | null)[],
	threshold: number,
	format: (n: number) => string = String
): DisclosedCell[] {
	const hidden = values.map((v) => v !== null && v >= 1 && v <= threshold);
	if (hidden.filter(Boolean).length === 1 && values.length > 1) {
		let best = -1;
		values.forEach((v, i) => {
			if (hidden[i] || v === null || v <= 0) return;
			if (best === -1 || v < (values[best] as number)) best = i;
		});
		if (best !== -1) hidden[best] = true;
	}
	return values.map((v, i) => ({
		value: hidden[i] ? null : v,
		text: v === null ? '' : hidden[i] ? `<${threshold + 1}` : format(v),
		suppressed: hidden[i]
	}));
}

/** A single figure (e.g. a yearly total) for donors. */
export function discloseOne(v: number | null, threshold: number, format: (n: number) => string = String): DisclosedCell {
	return discloseGroup([v], threshold, format)[0];
}
