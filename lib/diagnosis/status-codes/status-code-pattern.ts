/**
 * "X.1.1" (the IANA registry's notation: any class), "5.7.606-649" (a range of details, last
 * inclusive) or one exact code such as "4.7.66". Its own module: the reader needs only this, not
 * the schemas the tests check the tables with.
 */
export const STATUS_CODE_PATTERN = /^(X|[245])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/;
