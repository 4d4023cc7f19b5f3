// Every address of Văn bản's back office, and the limits of its fields (the forms' maxlength and the schemas').
const base = '/quan-tri/van-ban';
const item = (id: number) => `${base}/${id}`;

export const DOCUMENT_PATHS = {
  list: base,
  create: `${base}/moi`,
  item,
  files: (id: number) => `${item(id)}/tep`,
  removeFile: (id: number, fileId: number) => `${item(id)}/tep/${fileId}/xoa`,
  relations: (id: number) => `${item(id)}/lien-quan`,
  removeRelation: (id: number, relationId: number) => `${item(id)}/lien-quan/${relationId}/xoa`,
  lists: `${base}/danh-muc`,
  listTypes: `${base}/danh-muc/loai`,
  listIssuers: `${base}/danh-muc/co-quan`,
  listFields: `${base}/danh-muc/linh-vuc`,
};

export const DOCUMENT_LIMITS = { number: 60, signer: 120, summary: 1000, body: 500_000, fileTitle: 200 };
