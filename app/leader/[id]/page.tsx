import type { Metadata } from "next";
import Link from "@/app/components/AtlasLink";
import { notFound } from "next/navigation";
import { readDatabase } from "@/lib/db/client";
import { leaderDetail, leaderName } from "@/lib/db/queries";
import { kindChoiceSchema, recordIdSchema } from "@/lib/filters";
import { localName } from "@/lib/i18n";
import { requestLocale } from "@/app/locale";
import CountBars from "@/app/components/CountBars";
import DownloadLink from "@/app/components/DownloadLink";
import FilterProblem from "@/app/components/FilterProblem";
import KindSwitch from "@/app/components/KindSwitch";
import StatementList from "@/app/components/StatementList";
import StatementTimeline from "@/app/components/StatementTimeline";
import PersonName from "@/app/components/PersonName";
import { officeTitle, personName } from "@/lib/names-en";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = recordIdSchema.safeParse((await params).id);
  const found = id.success ? await leaderName(readDatabase(), id.data) : null;
  const { locale, t } = await requestLocale();
  return { title: found ? (locale === "en" ? `${personName(locale, found)} ${found}` : found) : t.notFoundTitle };
}

export default async function LeaderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, t, asked } = await requestLocale();
  // Validate route params and the kind switch.
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const kind = kindChoiceSchema.safeParse((await searchParams).kind ?? undefined);
  if (!kind.success) return <FilterProblem message={`kind: ${kind.error.issues.map((i) => i.message).join("; ")}`} locale={locale} />;
  const leader = await leaderDetail(readDatabase(), id.data, kind.data);
  if (!leader) notFound();

  return (
    <section className="panel">
      <h1>
        <PersonName name={leader.name} locale={locale} />
      </h1>
      <div className="page-actions">
        <KindSwitch kind={kind.data} action={`/leader/${leader.id}`} locale={locale} />
        <DownloadLink filter={{ leader: leader.name, kind: kind.data }} locale={locale} />
      </div>
      <h2>{t.posts}</h2>
      {leader.posts.length === 0 ? (
        <p className="empty-state">{t.noPostsOnRecord}</p>
      ) : (
        <ul data-testid="posts">
          {leader.posts.map((p, i) => (
            <li key={i}>
              {p.region} {officeTitle(locale, p.office)}, {p.startDate} – {p.endDate ?? t.now}{" "}
              <a href={p.source} rel="noreferrer noopener" className="statement-meta">
                {t.source}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t.regionsSpokenFor}</h2>
      <p data-testid="regions">
        {leader.regions.map((r, i) => (
          <span key={r.code}>
            {i > 0 ? "、" : ""}
            <Link href={`/province/${r.code}`}>{r.name}</Link> ({r.statements})
          </span>
        ))}
      </p>
      <h2>{t.timeline}</h2>
      <StatementTimeline statements={leader.statements} label={t.timeline} rowOf={(s) => (s.office ? officeTitle(locale, s.office) : t.unattributed)} lang={asked} />
      <h2>{t.themeBreakdown}</h2>
      <CountBars testId="theme-profile" rows={leader.themes.map((theme) => ({ key: theme.id, label: localName(locale, theme), count: theme.statements }))} />
      <h2>
        {t.statementsHeading} ({leader.total}){leader.total > leader.statements.length ? ` · ${t.oldestShown(leader.statements.length)}` : ""}
      </h2>
      <StatementList statements={leader.statements} locale={locale} />
    </section>
  );
}
