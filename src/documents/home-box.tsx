// "Văn bản mới": the home page's sidebar box (registry/module.ts PortalParts.homeBox).
import type { Db } from '../db/index.js';
import { documentUrl, latestDocuments } from './queries.js';
import { dayText } from './public.js';

export async function newDocumentsBox(db: Db, siteId: number) {
  const rows = await latestDocuments(db, siteId, 5);
  if (!rows.length) return null;
  return (
    <section class="widget new-documents" aria-labelledby="w-van-ban">
      <h2 id="w-van-ban">Văn bản mới</h2>
      <ul>
        {rows.map((d) => (
          <li>
            <a href={documentUrl(d)}>
              {d.type_name} số {d.number_text}
            </a>
            <span class="date"> ({dayText(d.issued_on)})</span>: {d.summary.length > 120 ? `${d.summary.slice(0, 117)}…` : d.summary}
          </li>
        ))}
      </ul>
      <p class="more">
        <a href="/van-ban">Xem tất cả văn bản</a>
      </p>
    </section>
  );
}
