/** The minimum annual publicity in calendar days (不少于7天公示). */
export const MIN_PUBLICITY_DAYS = 7;
