export { extractIncidents, type ExtractInput, type ExtractOptions } from './lib/extract-incidents';
export { EXTRACTOR_VERSION } from './lib/version';
export { Gazetteer, defaultGazetteer, distanceKm, type GazetteerPlace, type PlaceMention, type PlaceContext, type NameLicence } from './lib/gazetteer/gazetteer';
export { bundledPlaces } from './lib/gazetteer/bundled-places';
export { PLACES, type PlaceRow, type PlaceKind } from './lib/gazetteer/places.data';
export { findDates, type DateMention, type DateValue } from './lib/dates/dates';
export { findCasualties, resolveCount, type CasualtyMention } from './lib/casualties/casualties';
export { readNumber } from './lib/numbers/numbers';
export { keyTokens, type KeyToken } from './lib/text/tokens';
