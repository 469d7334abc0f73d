// United States: the FTC's IdentityTheft.gov, a freeze and a fraud alert at the three credit bureaus, the
// regulator that fits the business.
// Checked 2026-11-29 (stored copies of the pages):
// - freeze free since 2018-09-21, no effect on the score; fraud alert: one bureau tells the other two, one year,
//   seven with an identity theft report: consumer.ftc.gov/articles/what-know-about-credit-freezes-fraud-alerts
// - AnnualCreditReport.com is the only authorised site (FTC); reportfraud.ftc.gov replaced the FTC Complaint
//   Assistant in 2020; CFPB: the company has 15 days to answer (consumerfinance.gov/complaint); FCC complaints
//   cover carriers' privacy and number porting (consumercomplaints.fcc.gov FAQ).
// - IRS Identity Protection PIN: a six-digit number that must be on any return filed with your SSN, a new one
//   each year, voluntary (irs.gov/identity-theft-fraud-scams/get-an-identity-protection-pin). my Social Security:
//   ssa.gov/myaccount. ChexSystems: a free security freeze on the bank-account report, PIN by mail
//   (chexsystems.com/security-freeze/information).
// - Not seen on the bureaus' own pages: the Equifax and Experian freeze addresses below (TransUnion's was).
import type { Category } from '../model';
import { DAY, type TaskSpec } from '../plan/task';
import { howKeys, moneyAtStake, type RegionChannels, type RegionFile } from './types';

const freeze = (bureau: string, url: string): TaskSpec => ({
  id: `us-freeze-${bureau.toLowerCase()}`,
  key: 'plan.task.usFreeze',
  vars: { bureau },
  minutes: 10,
  dueIn: DAY,
  urgent: true,
  url,
});
const CREDIT_REPORTS: TaskSpec = {
  id: 'us-credit-reports',
  key: 'plan.task.usCreditReports',
  minutes: 20,
  dueIn: 3 * DAY,
  url: 'https://www.annualcreditreport.com',
};
const IRS_IP_PIN: TaskSpec = {
  id: 'us-irs-ip-pin',
  key: 'plan.task.usIrsIpPin',
  minutes: 20,
  dueIn: 7 * DAY,
  url: 'https://www.irs.gov/identity-theft-fraud-scams/get-an-identity-protection-pin',
};
const MY_SOCIAL_SECURITY: TaskSpec = {
  id: 'us-my-ssa',
  key: 'plan.task.usMySsa',
  minutes: 20,
  dueIn: 7 * DAY,
  url: 'https://www.ssa.gov/myaccount/',
};
const CHEXSYSTEMS: TaskSpec = {
  id: 'us-chexsystems',
  key: 'plan.task.usChexSystems',
  minutes: 10,
  dueIn: 7 * DAY,
  url: 'https://www.chexsystems.com/security-freeze/information',
};
const FTC: TaskSpec = { id: 'us-ftc', key: 'plan.task.usFtc', minutes: 15, dueIn: 7 * DAY, url: 'https://reportfraud.ftc.gov' };
const CFPB: TaskSpec = {
  id: 'us-cfpb',
  key: 'plan.task.usCfpb',
  minutes: 20,
  dueIn: 7 * DAY,
  url: 'https://www.consumerfinance.gov/complaint/',
};
const FCC: TaskSpec = { id: 'us-fcc', key: 'plan.task.usFcc', minutes: 20, dueIn: 7 * DAY, url: 'https://consumercomplaints.fcc.gov' };

const BY_CATEGORY: Partial<Record<Category, TaskSpec[]>> = { banking: [CFPB], payment: [CFPB], telecom: [FCC] };

const channels: RegionChannels = {
  how: howKeys('Us', {
    cardLimits: 'plan.task.cardLimits.howOther',
    creditScams: 'plan.task.creditScams.howOther',
    complain: 'plan.task.complain.howOther',
    lawyer: 'plan.task.lawyer.howOther',
    simSwap: 'plan.task.simSwap.howOther',
    closeAccount: 'plan.task.closeAccount.howOther',
  }),
  phoneAtRisk: ['phone'],
  identityChecks: [
    freeze('Equifax', 'https://www.equifax.com/personal/credit-report-services/credit-freeze/'),
    freeze('Experian', 'https://www.experian.com/freeze/center.html'),
    freeze('TransUnion', 'https://www.transunion.com/credit-freeze'),
    { id: 'us-fraud-alert', key: 'plan.task.usFraudAlert', minutes: 10, dueIn: DAY },
    CREDIT_REPORTS,
    IRS_IP_PIN,
    MY_SOCIAL_SECURITY,
    CHEXSYSTEMS,
  ],
  creditChecks: [CREDIT_REPORTS],
  police: (incident) => [
    {
      id: 'identitytheft-gov',
      key: 'plan.task.usIdentityTheft',
      minutes: 30,
      dueIn: moneyAtStake(incident) ? DAY : 3 * DAY,
      urgent: moneyAtStake(incident),
      url: 'https://www.identitytheft.gov',
    },
    { id: 'police', key: 'plan.task.policeUs', minutes: 60, dueIn: 7 * DAY },
  ],
  regulators: (category) => [FTC, ...((category && BY_CATEGORY[category]) ?? [])],
  extraProcedure: [],
  // A fraud alert lasts one year: renew it before it runs out.
  identityFollowUps: [{ id: 'us-fraud-alert-renew', key: 'plan.task.usFraudAlertRenew', minutes: 10, dueIn: 350 * DAY }],
};

export const unitedStates: RegionFile = {
  id: 'us',
  channels,
  legal: ['identityTheft', 'creditFreeze', 'stateLaws'],
  complaintRights: 'plan.template.complaint.rightsOther',
  policeAsks: ['plan.police.ask.reference'],
  suggestedSites: [
    'google',
    'microsoft',
    'apple',
    'chase',
    'bank-of-america',
    'wells-fargo',
    'paypal',
    'amazon',
    'facebook',
    'instagram',
    'whatsapp',
    'coinbase',
  ],
  languages: ['en-us'],
  // The issuer's fraud line first, then the FTC's IdentityTheft.gov (recovery plan and report; checked 2026-12-01).
  emergency: [{ key: 'usBank' }, { key: 'usIdentityTheft', url: 'https://www.identitytheft.gov/' }],
};
