// United Kingdom: Report Fraud (which replaced Action Fraud on 2025-12-04), 159 to reach a bank, 7726 and
// report@phishing.gov.uk for scams, the ICO, the Financial Ombudsman.
// Checked 2026-11-29 (stored copies of the pages):
// - Report Fraud for England, Wales and Northern Ireland, Police Scotland on 101 (reportfraud.police.uk);
//   159 reaches only the banks in the Stop Scams UK scheme.
// - ICO: complain to the organisation first, then to the ICO within three months of the last contact; since
//   2026-06-19 organisations must acknowledge a complaint within 30 days (ico.org.uk/make-a-complaint).
// - Financial Ombudsman: free; eight weeks for the firm (financial-ombudsman.org.uk). Cifas Protective
//   Registration: £30 for two years, online only (cifas.org.uk).
import type { Category } from '../model';
import { DAY, type TaskSpec } from '../plan/task';
import { howKeys, moneyAtStake, type RegionChannels, type RegionFile } from './types';

const CREDIT_REPORTS: TaskSpec = { id: 'uk-credit-reports', key: 'plan.task.ukCreditReports', minutes: 20, dueIn: 3 * DAY };
const ICO: TaskSpec = { id: 'uk-ico', key: 'plan.task.ukIco', minutes: 20, dueIn: 14 * DAY, url: 'https://ico.org.uk/make-a-complaint/' };
const FOS: TaskSpec = { id: 'uk-fos', key: 'plan.task.ukFos', minutes: 20, dueIn: 14 * DAY, url: 'https://www.financial-ombudsman.org.uk' };

const BY_CATEGORY: Partial<Record<Category, TaskSpec[]>> = { banking: [FOS], payment: [FOS] };

const channels: RegionChannels = {
  how: howKeys('Uk', {
    cardLimits: 'plan.task.cardLimits.howOther',
    creditScams: 'plan.task.creditScams.howOther',
    lawyer: 'plan.task.lawyer.howOther',
    creditAgain: 'plan.task.creditAgain.howOther',
    simSwap: 'plan.task.simSwap.howOther',
    closeAccount: 'plan.task.closeAccount.howOther',
  }),
  phoneAtRisk: ['phone'],
  identityChecks: [
    CREDIT_REPORTS,
    { id: 'uk-cifas', key: 'plan.task.ukCifas', minutes: 15, dueIn: 7 * DAY, url: 'https://www.cifas.org.uk' },
  ],
  creditChecks: [CREDIT_REPORTS],
  police: (incident) => [
    {
      id: 'police',
      key: 'plan.task.policeUk',
      minutes: 30,
      dueIn: moneyAtStake(incident) ? DAY : 3 * DAY,
      urgent: moneyAtStake(incident),
      url: 'https://reportfraud.police.uk',
    },
  ],
  regulators: (category) => [ICO, ...((category && BY_CATEGORY[category]) ?? [])],
  extraProcedure: [],
  identityFollowUps: [],
};

export const unitedKingdom: RegionFile = {
  id: 'uk',
  channels,
  legal: ['ukGdpr', 'ico', 'reportFraud'],
  complaintRights: 'plan.template.complaint.rightsUk',
  policeAsks: ['plan.police.ask.reference'],
  suggestedSites: [
    'google',
    'microsoft',
    'apple',
    'barclays',
    'hsbc-uk',
    'lloyds',
    'paypal',
    'amazon',
    'facebook',
    'instagram',
    'whatsapp',
  ],
  languages: ['en-gb'],
  // The bank, or 159 (Stop Scams UK banks); then Report Fraud on 0300 123 2040 (checked 2026-12-01).
  emergency: [
    { key: 'ukBank', tel: '159' },
    { key: 'ukReportFraud', tel: '03001232040', url: 'https://www.reportfraud.police.uk/' },
  ],
};
