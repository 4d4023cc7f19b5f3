// The catalogue's section for media in the back office.
export const media = {};
