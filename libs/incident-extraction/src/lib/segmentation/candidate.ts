import type { IncidentCategory, Weapon } from '@raseed/contracts';
import { CasualtyMention } from '../casualties/casualties';
import { DateMention } from '../dates/dates';
import { PlaceMention } from '../gazetteer/gazetteer';
import { ActorTag } from '../lexicons/actors';
import { SentenceFacts, Tagged } from './sentence-facts';

/** What one segment tells: an incident report, or a follow-up that adds to one. */
export interface Candidate {
  sentence: SentenceFacts;
  /** Token range of the segment. */
  from: number;
  to: number;
  order: number;
  category: IncidentCategory;
  /** Places where it happened (one group of nearby places, most specific first); empty when unnamed. */
  place: PlaceMention | null;
  /** True when the place is a country-level default (e.g. Jordan → Tower 22). */
  placeIsDefault: boolean;
  date: DateMention | null;
  weapons: Tagged<Weapon>[];
  actors: Tagged<ActorTag>[];
  casualties: CasualtyMention[];
  claim: boolean;
  target: string | null;
  /** Evidence strength: casualties, a date, a named place, an explicit agent. */
  detail: number;
  /** A follow-up segment ("وأضافت أن الهجوم لم يسفر عن إصابات") that only adds to the incident before it. */
  continuation?: boolean;
  /** Names no place but points back to the last one ("استهداف القاعدة ذاتها"). */
  samePlace?: boolean;
  /** Names no place but an unnamed site already told ("أطلق … صواريخ على القاعدة"): it happened at the last one named. */
  atSiteTold?: boolean;
  /** The last place of that kind the article named before ("قرب المطار" after "مطار بغداد الدولي"), if any. */
  siteTold?: PlaceMention;
  /** The day the sentence that named that site pins ("هزت انفجارات معسكر الصقر مساء أمس الاثنين"), if any. */
  siteToldDay?: DateMention;
  /** Names no side of its own: it takes the category of the report it points back to. */
  borrowsCategory?: boolean;
  /** Told as an earlier event ("وكانت القاعدة قد تعرضت …"). */
  recall?: boolean;
  /** A claim follow-up ("وتبنت المقاومة الهجوم"): the category of incident it may join ('any' when the claimant is unnamed). */
  claimFor?: IncidentCategory | 'any';
  /** A follow-up that points back with a noun of one kind of act ("إن الضربات أسفرت عن …"): it joins an incident of that kind. */
  actOf?: IncidentCategory;
  /** The claim refers to several acts ("الهجمات"): it joins every incident told just before. */
  claimAll?: boolean;
  /** Told only by an explosion, sirens or an interception at the site ("سمع دوي انفجار في القاعدة"). */
  weakOnly?: boolean;
  /** Told as another act than the one before ("هجوم مماثل"، "هجوم آخر"). */
  another?: boolean;
  /** Told as coinciding with the act before it in the sentence ("وتزامن … مع قصف …"): another act, the same day. */
  concurrent?: boolean;
  /** The segment names a time (a day, a weekday, a month, "أمس"), resolved or not. */
  timeAnchor?: boolean;
  /** Names both sides: a striker and a militia target, or a US target and a weapon or attacker. */
  explicit?: boolean;
  /** A follow-up that only tells where the act just told happened ("ووقعت الغارات في محيط البوكمال"). */
  placeOnly?: boolean;
  /** A toll told place by place ("6 منهم في حي هرابش، و2 في الميادين"): where the strikes just told fell. */
  tollSites?: boolean;
  /** Another act the news is measured from ("بعد عشرة أيام من هجوم مماثل"): what follows tells of the news, not of it. */
  measure?: boolean;
  /** An act at a place naming no side: it only places the act pointed back to with its side just after it (see lendForward). */
  unsided?: boolean;
  /** A place-only follow-up naming the sites the strikes hit in the plural ("المستودعات التي استُهدفت في …"). */
  sitesHit?: boolean;
  /** A strike on the launcher told with no place: where the attack was launched from, named before. */
  launchSite?: PlaceMention;
  /** Told as the cause of another act ("ردا على القصف الأمريكي الذي استهدف مقراتها"). */
  cause?: boolean;
  /** An ordinal about the act just told ("لتكون الثالثة التي تسقط … الشهر الماضي"): its time bounds a count. */
  comparison?: boolean;
}
