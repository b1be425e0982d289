/**
 * Latin abbreviations that news writes with a full stop before a name or a number ("Feb. 18",
 * "Mr. Lavrov", "Gen. Smith", "Acme Inc."), and single capitals (initials, "U.S."): their full
 * stop ends no sentence and no clause. One list for every reader of sentences (clause.ts,
 * event-place.ts, english-subject.ts), as a pattern's alternation.
 */
export const ABBREVIATIONS = [
  '[A-Z]',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec',
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'No', 'Gen', 'Lt', 'Col', 'Capt', 'Maj', 'Adm', 'Sgt', 'Amb',
  'Pres', 'Sec', 'Rev', 'Prof', 'Sen', 'Rep', 'Gov', 'Inc', 'Ltd', 'Jr', 'Sr', 'vs',
].join('|');

/** Not right after one of ABBREVIATIONS (a look-behind to put before a full stop). */
export const NOT_AFTER_ABBREVIATION = `(?<!\\b(?:${ABBREVIATIONS}))`;
