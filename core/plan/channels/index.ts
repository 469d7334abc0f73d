import type { Region } from '../../model';
import { china } from './cn';
import { elsewhere } from './other';
import { unitedKingdom } from './uk';
import { unitedStates } from './us';
import type { RegionChannels } from './types';

export const CHANNELS: Record<Region, RegionChannels> = { cn: china, us: unitedStates, uk: unitedKingdom, other: elsewhere };
export type { RegionChannels };
