// The emergency card as a dashboard page of its own (#/emergency): the open leak's region, else the one the
// settings and the browser's language imply. Loaded when opened, with the region files it needs (issue 13).
import { effectiveRegion } from '@/core/regions';
import type { Incident, Settings } from '@/core/model';
import { routes } from '@/core/routes';
import { EmergencyCard } from './EmergencyCard';

interface Props {
  openLeak?: Incident;
  setting: Settings['region'];
  uiLanguage: string;
}

export function EmergencyPage({ openLeak, setting, uiLanguage }: Props) {
  return (
    <EmergencyCard
      headingLevel={1}
      region={openLeak?.region ?? effectiveRegion(setting, uiLanguage)}
      leakOpen={openLeak !== undefined}
      planHref={openLeak ? routes.leak(openLeak.id) : routes.newLeak}
    />
  );
}
