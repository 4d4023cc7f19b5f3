// The catalogue's section for accounts in the back office.
export const accounts = {};
