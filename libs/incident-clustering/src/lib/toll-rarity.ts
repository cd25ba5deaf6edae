import { IncidentCategory } from '@raseed/contracts';

/** The largest death toll that is still common. */
export const SMALL_TOLL = 3;

/**
 * Whether a death toll is rare enough to tell its incident apart: four dead or more rarely
 * repeats, and any American dead are rare; one to three dead is what most strikes on a militia
 * site report (two al-Qaim strikes five years apart both killed two); zero is most common.
 */
export const isRareToll = (killed: number, category: IncidentCategory): boolean => killed > SMALL_TOLL || (killed > 0 && category !== 'strike_on_militias');
