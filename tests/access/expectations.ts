// What each principal gets from each route: the access-control table that
// tests/e2e/access-control.e2e.ts checks against the running app. EVERY route must have a row:
// a page (its GET), each form action ("POST /path?/name"; a page's only unnamed action is
// "?/default") and each +server.ts method. The test lists routes from src/routes, so a new route
// without a row fails it ("routes without a row"), and so does a row whose route is gone.
//
// To add a row: copy the closest existing one, give `path` a sample URL when the route has
// parameters (placeholders in braces come from tests/access/fixtures.ts: {fp1Inst}, {fp1Report},
// {fp1Action}, {plan}, {section}, {statPeriod}, {statReportPeriod}, {metric}, {dimension}, {otherUser}, {snapshot},
// {roundTable}, {otherInst}; samples bound to an institution use fp1's), and write one letter per principal
// in the ORDER below:
//   A  allowed: any answer but the four below (a page, a download, a redirect elsewhere, or a
//      form action's 400 for the empty form the test posts)
//   D  refused: 403
//   L  sent to sign in (redirect to /login)
//   N  404 (e.g. nothing to show at the sample id, or a feature that is off)
//   E  500: never expected
// Actions are posted with an empty form unless `body` gives fields: give one when the empty form
// is refused before the permission is checked (then every principal would read A).
export const ORDER = ['anon', 'admin', 'reviewer', 'fp1', 'fp2', 'donor'] as const;

export type Outcome = 'allow' | 'deny' | 'login' | 'missing' | 'error';

export interface Expectation {
	/** anon admin reviewer fp1 fp2 donor, e.g. 'L A A D D D' */
	expect: string;
	/** sample URL with {fixture} placeholders, when the route has parameters */
	path?: string;
	/** urlencoded form fields to post instead of an empty form */
	body?: string;
	/** run after all others (signing out ends the session the test uses) */
	last?: boolean;
}

// prettier-ignore
export const EXPECTATIONS: Record<string, Expectation> = {
//                                                                  anon adm rev fp1 fp2 donor
	'GET /':                                                          { expect: 'L A A A A A' },
	'GET /2fa':                                                       { expect: 'L A A A A A' },
	'POST /2fa?/verify':                                              { expect: 'L A A A A A' },
	'GET /2fa/setup':                                                 { expect: 'L A A A A A' },
	'POST /2fa/setup?/confirm':                                       { expect: 'L A A A A A' },
	'GET /account':                                                   { expect: 'L A A A A A' },
	'POST /account?/disable':                                         { expect: 'L A A A A A' },
	'POST /account?/password':                                        { expect: 'L A A A A A' },
	'POST /account?/profile':                                         { expect: 'L A A A A A' },
	'POST /account?/regenerate':                                      { expect: 'L A A A A A' },
	'GET /actions/[actionId]/reports':                                { expect: 'L A A A D D', path: '/actions/{fp1Action}/reports' },
	'GET /admin':                                                     { expect: 'L A D D D D' },
	'GET /admin/disclosure':                                          { expect: 'L A D D D D' },
	'POST /admin/disclosure?/save':                                   { expect: 'L A D D D D' },
	'GET /admin/institutions':                                        { expect: 'L A D D D D' },
	'GET /admin/institutions/[institutionId]':                        { expect: 'L A D D D D', path: '/admin/institutions/{otherInst}' },
	'POST /admin/institutions/[institutionId]?/activate':             { expect: 'L A D D D D', path: '/admin/institutions/{otherInst}?/activate' },
	'POST /admin/institutions/[institutionId]?/deactivate':           { expect: 'L A D D D D', path: '/admin/institutions/{otherInst}?/deactivate' },
	'POST /admin/institutions/[institutionId]?/update':               { expect: 'L A D D D D', path: '/admin/institutions/{otherInst}?/update' },
	'GET /admin/institutions/new':                                    { expect: 'L A D D D D' },
	'POST /admin/institutions/new?/create':                           { expect: 'L A D D D D' },
	'GET /admin/metrics':                                             { expect: 'L A D D D D' },
	'POST /admin/metrics?/addYear':                                   { expect: 'L A D D D D' },
	'POST /admin/metrics?/createDimension':                           { expect: 'L A D D D D' },
	'POST /admin/metrics?/createMetric':                              { expect: 'L A D D D D' },
	'POST /admin/metrics?/setYearStatus':                             { expect: 'L A D D D D' },
	'GET /admin/metrics/[metricId]':                                  { expect: 'L A D D D D', path: '/admin/metrics/{metric}' },
	'POST /admin/metrics/[metricId]?/save':                           { expect: 'L A D D D D', path: '/admin/metrics/{metric}?/save' },
	'GET /admin/metrics/dimensions/[dimensionId]':                    { expect: 'L A D D D D', path: '/admin/metrics/dimensions/{dimension}' },
	'POST /admin/metrics/dimensions/[dimensionId]?/deleteCategory':   { expect: 'L N D D D D', path: '/admin/metrics/dimensions/{dimension}?/deleteCategory' },
	'POST /admin/metrics/dimensions/[dimensionId]?/saveCategory':     { expect: 'L A D D D D', path: '/admin/metrics/dimensions/{dimension}?/saveCategory' },
	'POST /admin/metrics/dimensions/[dimensionId]?/saveDimension':    { expect: 'L A D D D D', path: '/admin/metrics/dimensions/{dimension}?/saveDimension' },
	'GET /admin/periods':                                             { expect: 'L A D D D D' },
	'POST /admin/periods?/generate':                                  { expect: 'L A D D D D' },
	'POST /admin/periods?/setDue':                                    { expect: 'L A D D D D' },
	'POST /admin/periods?/setStatus':                                 { expect: 'L A D D D D' },
	'GET /admin/plans':                                               { expect: 'L A D D D D' },
	'POST /admin/plans?/create':                                      { expect: 'L A D D D D' },
	'POST /admin/plans?/import':                                      { expect: 'L A D D D D' },
	'GET /admin/plans/[planId]':                                      { expect: 'L A D D D D', path: '/admin/plans/{plan}' },
	'POST /admin/plans/[planId]?/update':                             { expect: 'L A D D D D', path: '/admin/plans/{plan}?/update' },
	'GET /admin/plans/[planId]/actions/[actionId]':                   { expect: 'L A D D D D', path: '/admin/plans/{plan}/actions/{fp1Action}' },
	'POST /admin/plans/[planId]/actions/[actionId]?/addIndicator':    { expect: 'L A D D D D', path: '/admin/plans/{plan}/actions/{fp1Action}?/addIndicator' },
	'POST /admin/plans/[planId]/actions/[actionId]?/removeIndicator': { expect: 'L N D D D D', path: '/admin/plans/{plan}/actions/{fp1Action}?/removeIndicator' },
	'POST /admin/plans/[planId]/actions/[actionId]?/update':          { expect: 'L A D D D D', path: '/admin/plans/{plan}/actions/{fp1Action}?/update' },
	'POST /admin/plans/[planId]/actions/[actionId]?/updateIndicator': { expect: 'L A D D D D', path: '/admin/plans/{plan}/actions/{fp1Action}?/updateIndicator' },
	'GET /admin/plans/[planId]/sections/[sectionId]':                 { expect: 'L A D D D D', path: '/admin/plans/{plan}/sections/{section}' },
	'POST /admin/plans/[planId]/sections/[sectionId]?/update':        { expect: 'L A D D D D', path: '/admin/plans/{plan}/sections/{section}?/update' },
	'GET /admin/plans/example.csv':                                   { expect: 'L A D D D D' },
	'GET /admin/plans/example.xlsx':                                  { expect: 'L A D D D D' },
	'GET /admin/plans/template.csv':                                  { expect: 'L A D D D D' },
	'GET /admin/plans/template.xlsx':                                 { expect: 'L A D D D D' },
	'GET /admin/users':                                               { expect: 'L A D D D D' },
	'GET /admin/users/[userId]':                                      { expect: 'L A D D D D', path: '/admin/users/{otherUser}' },
	'POST /admin/users/[userId]?/disable':                            { expect: 'L A D D D D', path: '/admin/users/{otherUser}?/disable' },
	'POST /admin/users/[userId]?/enable':                             { expect: 'L A D D D D', path: '/admin/users/{otherUser}?/enable' },
	'POST /admin/users/[userId]?/resetLink':                          { expect: 'L A D D D D', path: '/admin/users/{otherUser}?/resetLink' },
	'POST /admin/users/[userId]?/resetTwoFactor':                     { expect: 'L A D D D D', path: '/admin/users/{otherUser}?/resetTwoFactor' },
	'POST /admin/users/[userId]?/update':                             { expect: 'L A D D D D', path: '/admin/users/{otherUser}?/update' },
	'GET /admin/users/new':                                           { expect: 'L A D D D D' },
	'POST /admin/users/new?/invite':                                  { expect: 'L A D D D D' },
	'GET /audit':                                                     { expect: 'L A A D D D' },
	'GET /completeness':                                              { expect: 'L A A D D D' },
	'GET /dashboard':                                                 { expect: 'L A A A A D' },
	'GET /dashboard/aims/[aim]':                                      { expect: 'L A A A A D', path: '/dashboard/aims/1' },
	'GET /dashboard/export.csv':                                      { expect: 'L A A A A D' },
	'GET /dashboard/chart.png':                                        { expect: 'L A A A A D', path: '/dashboard/chart.png?table=percent' },
	'GET /dashboard/export.xlsx':                                     { expect: 'L A A A A D' },
	'GET /donor':                                                     { expect: 'L A A D D A' },
	'GET /donor/data.json':                                           { expect: 'L A A D D A' },
	'GET /donor/export.csv':                                          { expect: 'L A A D D A' },
	'GET /donor/chart.png':                                            { expect: 'L A A D D A', path: '/donor/chart.png?table=crimes' },
	'GET /donor/export.xlsx':                                         { expect: 'L A A D D A' },
	'GET /evidence/[attachmentId]/[name]':                            { expect: 'L N N N N N', path: '/evidence/1/file.pdf' },
	'GET /invite/[token]':                                            { expect: 'A A A A A A', path: '/invite/not-a-token' },
	'POST /invite/[token]?/setPassword':                              { expect: 'A A A A A A', path: '/invite/not-a-token?/setPassword' },
	'GET /lang':                                                      { expect: 'A A A A A A' },
	'POST /lang?/default':                                            { expect: 'A A A A A A' },
	'GET /login':                                                     { expect: 'A A A A A A' },
	'POST /login?/default':                                           { expect: 'A A A A A A' },
	'GET /logout':                                                    { expect: 'A A A A A A' },
	'POST /logout?/default':                                          { expect: 'L L L L L L', last: true },
	'GET /my-actions':                                                { expect: 'L D D A A D' },
	'POST /my-actions?/start':                                        { expect: 'L D D A A D' },
	'GET /notifications':                                             { expect: 'L A A A A A' },
	'POST /notifications?/read':                                      { expect: 'L A A A A A' },
	'GET /plan':                                                      { expect: 'L A A A A A' },
	'GET /plan/actions/[actionId]':                                   { expect: 'L A A A A A', path: '/plan/actions/{fp1Action}' },
	'GET /public':                                                    { expect: 'N N N N N N' },
	'GET /public/data.json':                                          { expect: 'N N N N N N' },
	'GET /public/export.csv':                                         { expect: 'N N N N N N' },
	'GET /public/chart.png':                                           { expect: 'N N N N N N', path: '/public/chart.png?table=crimes' },
	'GET /public/export.xlsx':                                        { expect: 'N N N N N N' },
	'GET /reports/[reportId]':                                        { expect: 'L A A A D D', path: '/reports/{fp1Report}' },
	'POST /reports/[reportId]?/addFile':                              { expect: 'L A A A D D', path: '/reports/{fp1Report}?/addFile' },
	'POST /reports/[reportId]?/addLink':                              { expect: 'L A A A D D', path: '/reports/{fp1Report}?/addLink' },
	'POST /reports/[reportId]?/approve':                              { expect: 'L A A D D D', path: '/reports/{fp1Report}?/approve' },
	'POST /reports/[reportId]?/comment':                              { expect: 'L A A A D D', path: '/reports/{fp1Report}?/comment' },
	'POST /reports/[reportId]?/removeEvidence':                       { expect: 'L N N N D D', path: '/reports/{fp1Report}?/removeEvidence' },
	'POST /reports/[reportId]?/reopen':                               { expect: 'L A A D D D', path: '/reports/{fp1Report}?/reopen' },
	'POST /reports/[reportId]?/return':                               { expect: 'L A A D D D', path: '/reports/{fp1Report}?/return' },
	'POST /reports/[reportId]?/save':                                 { expect: 'L A A A D D', path: '/reports/{fp1Report}?/save' },
	'POST /reports/[reportId]?/submit':                               { expect: 'L A A A D D', path: '/reports/{fp1Report}?/submit' },
	'POST /reports/[reportId]?/withdraw':                             { expect: 'L A D A D D', path: '/reports/{fp1Report}?/withdraw' },
	'GET /results':                                                   { expect: 'L A A A A D' },
	'GET /results/data.json':                                         { expect: 'L A A A A D' },
	'GET /results/export.csv':                                        { expect: 'L A A A A D' },
	'GET /results/chart.png':                                          { expect: 'L A A A A D', path: '/results/chart.png?table=crimes' },
	'GET /results/export.xlsx':                                       { expect: 'L A A A A D' },
	'GET /review':                                                    { expect: 'L A A D D D' },
	'GET /review/exceptions':                                         { expect: 'L A D D D D' },
	'POST /review/exceptions?/grant':                                 { expect: 'L A D D D D' },
	'POST /review/exceptions?/revoke':                                { expect: 'L N D D D D' },
	'GET /reviews':                                                   { expect: 'L A A D D D' },
	'POST /reviews?/freeze':                                          { expect: 'L A A D D D' },
	'GET /reviews/[snapshotId]':                                      { expect: 'L A A D D D', path: '/reviews/{snapshot}' },
	'GET /reviews/compare':                                           { expect: 'L A A D D D' },
	'GET /reviews/compare/export.csv':                                { expect: 'L A A D D D' },
	'GET /reviews/compare/export.xlsx':                               { expect: 'L A A D D D' },
	'GET /reviews/pack':                                              { expect: 'L A A D D D' },
	'POST /reviews/pack?/generate':                                   { expect: 'L A A D D D' },
	'POST /reviews/pack?/print':                                      { expect: 'L A A D D D' },
	'GET /reviews/pack/jobs/[jobId]':                                 { expect: 'L N N D D D', path: '/reviews/pack/jobs/1' },
	'GET /reviews/pack/jobs/[jobId]/pack.docx':                       { expect: 'L N N D D D', path: '/reviews/pack/jobs/1/pack.docx' },
	'GET /reviews/pack/print':                                        { expect: 'L A A D D D' },
	'GET /reviews/round-tables':                                      { expect: 'L A A D D D' },
	'POST /reviews/round-tables?/create':                             { expect: 'L A A D D D' },
	'GET /reviews/round-tables/[id]':                                 { expect: 'L A A D D D', path: '/reviews/round-tables/{roundTable}' },
	'POST /reviews/round-tables/[id]?/addDecision':                   { expect: 'L A A D D D', path: '/reviews/round-tables/{roundTable}?/addDecision' },
	'GET /security-events':                                           { expect: 'L A A D D D' },
	'GET /statistics':                                                { expect: 'L A A A A D' },
	'GET /statistics/[institutionId]/[periodId]':                     { expect: 'L A A A D D', path: '/statistics/{fp1Inst}/{statPeriod}' },
	'POST /statistics/[institutionId]/[periodId]?/review':            { expect: 'L A A D D D', path: '/statistics/{fp1Inst}/{statReportPeriod}?/review', body: 'action=approve&version=1' },
	'POST /statistics/[institutionId]/[periodId]?/save':              { expect: 'L A D A D D', path: '/statistics/{fp1Inst}/{statPeriod}?/save' },
	'POST /statistics/[institutionId]/[periodId]?/submit':            { expect: 'L A D A D D', path: '/statistics/{fp1Inst}/{statPeriod}?/submit' },
	'GET /statistics/[institutionId]/[periodId]/export.csv':          { expect: 'L A A A D D', path: '/statistics/{fp1Inst}/{statPeriod}/export.csv' },
	'GET /statistics/[institutionId]/[periodId]/export.xlsx':         { expect: 'L A A A D D', path: '/statistics/{fp1Inst}/{statPeriod}/export.xlsx' },
	'GET /statistics/[institutionId]/[periodId]/import':              { expect: 'L A D A D D', path: '/statistics/{fp1Inst}/{statPeriod}/import' },
	'POST /statistics/[institutionId]/[periodId]/import?/commit':     { expect: 'L A D A D D', path: '/statistics/{fp1Inst}/{statPeriod}/import?/commit' },
	'POST /statistics/[institutionId]/[periodId]/import?/preview':    { expect: 'L A D A D D', path: '/statistics/{fp1Inst}/{statPeriod}/import?/preview' },
	'GET /statistics/[institutionId]/[periodId]/template.csv':        { expect: 'L A A A D D', path: '/statistics/{fp1Inst}/{statPeriod}/template.csv' },
	'GET /statistics/[institutionId]/[periodId]/template.xlsx':       { expect: 'L A A A D D', path: '/statistics/{fp1Inst}/{statPeriod}/template.xlsx' },
	'GET /statistics/reconciliation':                                 { expect: 'L A A D D D' },
};
