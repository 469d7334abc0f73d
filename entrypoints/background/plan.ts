// The background counts a leak's tasks on every wake (badge, reminders, snoozes), so it carries the plan builder
// from the start and hands it to lib/plan-code.ts; the views load it only while a leak is open. Imported for
// this effect by every background module that reads pending work.
import { buildPlan, taskStatus } from '@/core/plan';
import { providePlan } from '@/lib/plan-code';

providePlan({ buildPlan, taskStatus });
