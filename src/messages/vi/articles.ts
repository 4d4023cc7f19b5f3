// The catalogue's section for articles in the back office.
export const articles = {};
