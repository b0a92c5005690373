/** The publisher's name in feeds, structured data and citations. */
export const SITE_NAME = 'Caspian Briefings';
