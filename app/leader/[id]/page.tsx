import Link from "next/link";
import { notFound } from "next/navigation";
import { readDatabase } from "@/lib/db/client";
import { leaderDetail } from "@/lib/db/queries";
import { recordIdSchema } from "@/lib/filters";
import StatementList from "@/app/components/StatementList";

export const dynamic = "force-dynamic";

export default async function LeaderPage({ params }: { params: Promise<{ id: string }> }) {
  // Validate route params.
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const leader = await leaderDetail(readDatabase(), id.data);
  if (!leader) notFound();
  const maxTheme = Math.max(1, ...leader.themes.map((t) => t.statements));

  return (
    <section className="panel">
      <h1>{leader.name}</h1>
      <h2>Posts</h2>
      {leader.posts.length === 0 ? (
        <p className="empty-state">No post on record in data/leaders.csv.</p>
      ) : (
        <ul data-testid="posts">
          {leader.posts.map((p, i) => (
            <li key={i}>
              {p.region} {p.office}, {p.startDate} – {p.endDate ?? "now"}{" "}
              <a href={p.source} rel="noreferrer noopener" className="statement-meta">
                source
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>Regions spoken for</h2>
      <p data-testid="regions">
        {leader.regions.map((r, i) => (
          <span key={r.code}>
            {i > 0 ? "、" : ""}
            <Link href={`/province/${r.code}`}>{r.name}</Link> ({r.statements})
          </span>
        ))}
      </p>
      <h2>Themes</h2>
      <table className="region-table" data-testid="theme-profile">
        <tbody>
          {leader.themes.map((t) => (
            <tr key={t.id}>
              <td>
                {t.nameZh} {t.nameEn}
              </td>
              <td className="count">{t.statements}</td>
              <td style={{ width: "50%" }}>
                <div className="bar" style={{ width: `${(100 * t.statements) / maxTheme}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>
        Statements ({leader.total}){leader.total > leader.statements.length ? `, the ${leader.statements.length} oldest shown` : ""}
      </h2>
      <StatementList statements={leader.statements} />
    </section>
  );
}
