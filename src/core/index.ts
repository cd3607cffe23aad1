// The only import target for cli/, server/ and web/. Browser-safe.
export { analyze, prepare, prepareMessage, runRules, buildReport, clearContentCaches, type AnalyzeOptions, type Prepared } from './analyze.js';
export * from './types.js';
export { ImpostorError, isImpostorError, ERROR_MAP, type ErrorCode } from './errors.js';
export { DEFAULT_LIMITS, resolveLimits, type Limits } from './limits.js';
export { parseInput, detectChannel, type ParseInput } from './parse/index.js';
export { RULES, ruleById } from './rules/index.js';
export type { Rule, RuleMeta, RuleHit, RuleContext } from './rules/define-rule.js';
export { BRANDS, brandById, JURISDICTIONS } from './brands/index.js';
export { REGULATORS, regulatorFor, statementOwner, policySourceLabel, type Regulator } from './brands/regulators.js';
export type { BrandPack, JurisdictionPack } from './brands/schema.js';
export { POLICY } from './scoring/policy.js';
export { checkUrl, checkDomain, type UrlCheckResult, type CheckFinding, type LookalikeOf, type CheckOptions } from './url-check.js';
export type { AuthVerdict, DkimResult, AuthResult } from './signals/auth-results.js';
export { DEFAULT_TRUSTED_AUTHSERV_IDS } from './signals/auth-results.js';
export { score, verdictFor } from './scoring/score.js';
export { buildAdvice } from './advice/advice.js';
export * from './advice/index.js';
export * from './export/index.js';
