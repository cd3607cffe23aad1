export { collectIndicators, withScheme, MAX_INDICATORS, type Indicator, type IndicatorType } from './indicators.js';
export { indicatorsToCsv, csvCell, CSV_HEADER, type CsvContext } from './csv.js';
export {
  indicatorsToStix,
  patternFor,
  stixString,
  stixTimestamp,
  STIX_SCO_NAMESPACE,
  IMPOSTOR_NAMESPACE,
  IDENTITY_ID,
  PHONE_EXTENSION_ID,
  type StixBundle,
  type StixObject,
  type StixOptions,
} from './stix.js';
export { uuidv5, sha1 } from './uuid.js';
