// How far the person got with the scammer. The ids are part of the public interface (CLI --stage,
// GET /api/playbooks/:stage, brand packs' afterEngagement keys) and are never renamed.

export const STAGE_IDS = [
  'received',
  'clicked-link',
  'entered-password',
  'shared-code',
  'shared-card',
  'shared-bank',
  'remote-access',
  'paid-gift-card',
  'sent-money',
  'shared-identity',
] as const;

export type StageId = (typeof STAGE_IDS)[number];

export interface StageInfo {
  id: StageId;
  /** "If you …" heading. */
  title: string;
  /** One line for pickers (CLI help, the page's select box). */
  label: string;
}

export const STAGES: readonly StageInfo[] = [
  { id: 'received', title: 'If you only received it', label: 'I only received it' },
  { id: 'clicked-link', title: 'If you opened the link', label: 'I opened the link' },
  { id: 'entered-password', title: 'If you typed your password', label: 'I typed my password' },
  { id: 'shared-code', title: 'If you gave a one-time code', label: 'I gave a verification code' },
  { id: 'shared-card', title: 'If you shared card details', label: 'I shared card details' },
  { id: 'shared-bank', title: 'If you shared bank details', label: 'I shared bank account details' },
  { id: 'remote-access', title: 'If you let them into your computer or phone', label: 'I installed an app or let them connect' },
  { id: 'paid-gift-card', title: 'If you paid with gift cards', label: 'I bought gift cards or gave the codes' },
  { id: 'sent-money', title: 'If you sent money', label: 'I sent money (wire, Zelle, crypto, payment app…)' },
  { id: 'shared-identity', title: 'If you shared identity details', label: 'I shared my SSN, National Insurance number or ID' },
];

export function isStageId(s: string): s is StageId {
  return (STAGE_IDS as readonly string[]).includes(s);
}

export function stageInfo(id: StageId): StageInfo {
  return STAGES.find((s) => s.id === id)!;
}
