// The toolbar badge's colours: highlighter amber with near-black text, unlike the browsers' default grey or blue.
export const BADGE_BACKGROUND = '#ffc83d';
export const BADGE_TEXT = '#1b1b1b';
