// The catalogue's section for settings in the back office.
export const settings = {};
