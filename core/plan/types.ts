// The contract between the plan builder (core/plan), the views that show a plan, and the reminder schedule.
import type { Incident, AppState, LeakedData } from '../model';
import type { Catalogue } from '../guide';
import type { StepKind } from '@/data/schema';

export type PlanPhase = 'lock-down' | 'data' | 'procedure' | 'follow-up';
/** The phases in order. Here, beside the type, so that core/priority orders by them without the plan builder. */
export const PHASES = ['lock-down', 'data', 'procedure', 'follow-up'] as const satisfies readonly PlanPhase[];

export interface PlanTask {
  /** Stable within its incident: task states are stored under task:<incidentId>:<id>. */
  id: string;
  phase: PlanPhase;
  /** Lock-down and money tasks: they drive the badge colour and the daily reminders. */
  urgent: boolean;
  /** When it should be done by (epoch ms), relative to the incident. */
  dueAt: number;
  /** Lock-down tasks mirror an account's guide step; their state is that step's state, if set after the leak. */
  accountStep?: { accountId: string; stepId: string };
  /** Lock-down tasks: what kind of step it is (password, sessions...), for the report's neutral wording. */
  stepKind?: StepKind;
  /** i18n message key of the title and of the how-to, with their named substitutions. */
  title: { key: string; vars?: Record<string, string | number> };
  how?: { key: string; vars?: Record<string, string | number> };
  why?: { key: string; vars?: Record<string, string | number> };
  minutes: number;
  /** A link the user may open (a reporting site, a bank's page); never opened without a click. */
  url?: string;
  /** For a follow-up that repeats: which of how many (1 of 3 monthly statement checks). */
  repeat?: { index: number; of: number };
  /** Lock-down tasks: the mirrored catalogue step's own text, in both languages; views show it in place of
   *  the generic title/how keys (which stay usable on their own, e.g. "Secure your account Gmail"). How and
   *  why come with the site's full file (data/guides.ts); from the step index alone, only the title, in the
   *  loaded language. */
  stepText?: { title: LocalText | string; how?: LocalText; why?: LocalText };
  /** The leaked data that calls for this task, so a view can say why it is in the plan. */
  because?: LeakedData[];
}

export interface LocalText {
  en: string;
  zh_CN: string;
}

export type BuildPlan = (incident: Incident, state: AppState, catalogue: Catalogue) => PlanTask[];
