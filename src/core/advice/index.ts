export { buildAdvice, type AdviceInput, type SenderSource } from './advice.js';
export { STAGES, STAGE_IDS, isStageId, stageInfo, type StageId, type StageInfo } from './stages.js';
export { buildPlaybook, buildAllPlaybooks, orderedSteps, type Playbook, type PlaybookOptions, type Contact } from './playbooks.js';
export { reportRoutes, routesForStage, toAdviceRoute, routeTarget, normalizeCountry, jurisdictionFor, supportedCountries, type Route, type RouteQuery } from './routes.js';
export { hardeningChecklist, HARDENING_IDS, type HardeningItem, type HardeningId } from './hardening.js';
export { redact, redactText, findSecrets, luhnValid, ibanValid, PLACEHOLDER, type SecretKind, type SecretSpan, type Redacted } from './redact.js';
export { buildIncidentReport, renderIncidentText, defang, type IncidentReport, type IncidentReportOptions } from './report-text.js';
