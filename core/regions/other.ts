// Anywhere else: the same procedure in general words, pointing at the local police, bank and regulator.
import { DAY } from '../plan/task';
import { howKeys, moneyAtStake, type RegionChannels, type RegionFile } from './types';

const CREDIT_REPORT = { id: 'other-credit-report', key: 'plan.task.otherCreditReport', minutes: 20, dueIn: 3 * DAY };

const channels: RegionChannels = {
  how: howKeys('Other'),
  phoneAtRisk: ['phone'],
  identityChecks: [CREDIT_REPORT],
  creditChecks: [CREDIT_REPORT],
  police: (incident) => [
    {
      id: 'police',
      key: 'plan.task.policeOther',
      minutes: 60,
      dueIn: moneyAtStake(incident) ? DAY : 3 * DAY,
      urgent: moneyAtStake(incident),
    },
  ],
  regulators: () => [{ id: 'other-regulator', key: 'plan.task.otherRegulator', minutes: 20, dueIn: 14 * DAY }],
  extraProcedure: [],
  identityFollowUps: [],
};

export const elsewhere: RegionFile = {
  id: 'other',
  channels,
  legal: ['general'],
  complaintRights: 'plan.template.complaint.rightsOther',
  policeAsks: ['plan.police.ask.reference'],
  suggestedSites: ['google', 'microsoft', 'apple', 'paypal', 'revolut', 'wise', 'amazon', 'facebook', 'instagram', 'whatsapp'],
  // The fallback: no language implies it; every language no other region claims ends here.
  languages: [],
  emergency: [{ key: 'otherBank' }, { key: 'otherPolice' }],
};
