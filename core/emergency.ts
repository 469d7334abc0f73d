// "Money already gone, or a scam call right now?": the few things to do at once, by region, before the plan.
// Kept apart from core/plan/channels (one file per country there) so that each can change on its own.
// Where the facts come from (checked 2026-12-01; the same sources as core/plan/channels/*):
// - Mainland China: freeze through the bank's own number (printed on the back of the card); 110 when money is
//   gone or a fraud is under way; 96110 is the anti-fraud line for warnings and advice, it does not take a case
//   (公安部 刑侦局 / 国家反诈中心 public guidance).
// - United States: the card issuer's or bank's fraud line first; then the FTC's IdentityTheft.gov, which gives a
//   recovery plan and the identity-theft report (www.identitytheft.gov).
// - United Kingdom: the bank, or 159, which reaches the banks in the Stop Scams UK scheme (stopscamsuk.org.uk);
//   then Report Fraud, 0300 123 2040 (reportfraud.police.uk; it replaced Action Fraud on 2025-12-04); 999 if a
//   crime is happening now.
import type { Region } from './model';

export interface EmergencyAction {
  /** The i18n key under emergency.action: title and how. */
  key: string;
  /** A number to call, as dialled (shown as a tel: link). */
  tel?: string;
  url?: string;
}

export const EMERGENCY: Record<Region, readonly EmergencyAction[]> = {
  cn: [{ key: 'cnBank' }, { key: 'cn110', tel: '110' }, { key: 'cn96110', tel: '96110' }],
  us: [{ key: 'usBank' }, { key: 'usIdentityTheft', url: 'https://www.identitytheft.gov/' }],
  uk: [{ key: 'ukBank', tel: '159' }, { key: 'ukReportFraud', tel: '03001232040', url: 'https://www.reportfraud.police.uk/' }],
  other: [{ key: 'otherBank' }, { key: 'otherPolice' }],
};

export const emergencyActions = (region: Region): readonly EmergencyAction[] => EMERGENCY[region];
