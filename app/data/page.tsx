import type { Metadata } from "next";
import Link from "@/app/components/AtlasLink";
import TitledPanel from "@/app/components/TitledPanel";
import { requestLocale } from "@/app/locale";
import { readDatabase } from "@/lib/db/client";
import { corpusOverview, type StoryArticle } from "@/lib/db/corpus-overview";
import { ECHO_CODEBOOK, STATEMENT_CODEBOOK, type FieldDescription } from "@/lib/export/codebook";
import { ECHO_COLUMNS, STATEMENT_COLUMNS } from "@/lib/export/csv";
import { localName, type Locale } from "@/lib/i18n";
import { methodAccuracy } from "@/lib/method-figures";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await requestLocale()).t.dataTitle };
}

export default async function DataPage() {
  const { locale, t } = await requestLocale();
  const overview = await corpusOverview(readDatabase());
  const accuracy = methodAccuracy();
  const articleLabel = (a: StoryArticle) => [a.outlet ?? t.dataNoOutlet, a.title ?? t.sourceArticle, a.date].filter(Boolean).join(" · ");

  return (
    <>
      <h1>{t.dataTitle}</h1>
      <p data-testid="data-totals">{t.dataIntro(overview.articles, overview.stories, overview.statements, overview.countedStatements)}</p>
      <p data-testid="data-without-region">{t.dataWithoutRegion(overview.withoutRegion)}</p>

      <TitledPanel id="by-outlet" title={t.dataByOutlet} testId="data-by-outlet">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.dataOutlet}</th>
              <th scope="col">{t.dataArticles}</th>
              <th scope="col">{t.dataOutletInferred}</th>
            </tr>
          </thead>
          <tbody>
            {overview.byOutlet.map((row) => (
              <tr key={row.outlet ?? ""} data-testid="outlet-row">
                <th scope="row">{row.outlet ?? t.dataNoOutlet}</th>
                <td>{row.articles}</td>
                <td>{row.outletInferred}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TitledPanel>

      <TitledPanel id="by-year" title={t.dataByYear} testId="data-by-year">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.dataYear}</th>
              <th scope="col">{t.dataArticles}</th>
              <th scope="col">{t.dataDateInferred}</th>
            </tr>
          </thead>
          <tbody>
            {overview.byYear.map((row) => (
              <tr key={row.year ?? ""}>
                <th scope="row">{row.year ?? t.dataNoYear}</th>
                <td>{row.articles}</td>
                <td>{row.dateInferred}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TitledPanel>

      <TitledPanel id="by-region" title={t.dataByRegion} testId="data-by-region">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.dataRegion}</th>
              <th scope="col">{t.dataArticles}</th>
              <th scope="col">{t.dataStories}</th>
              <th scope="col">{t.dataStatements}</th>
            </tr>
          </thead>
          <tbody>
            {overview.byRegion.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <Link href={`/province/${row.code}`}>{localName(locale, { nameZh: row.name, nameEn: row.nameEn })}</Link>
                </th>
                <td>{row.articles}</td>
                <td>{row.stories}</td>
                <td>{row.statements}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TitledPanel>

      <TitledPanel id="reprints" title={t.dataReprints} hint={t.dataReprintsHint} testId="data-reprints">
        {overview.storiesInSeveralPapers.length === 0 ? (
          <p>{t.dataNoReprints}</p>
        ) : (
          <ul>
            {overview.storiesInSeveralPapers.map(({ original, reprints }) => (
              <li key={original.id} data-testid="story">
                <Link href={`/article/${original.id}`}>{articleLabel(original)}</Link>
                <ul>
                  {reprints.map((r) => (
                    <li key={r.id}>
                      {t.alsoIn}: <Link href={`/article/${r.id}`}>{articleLabel(r)}</Link>
                      {r.similarity !== null ? ` (${t.dataSimilarity}: ${Math.round(r.similarity * 100)}%)` : ""}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </TitledPanel>

      <TitledPanel id="method" title={t.dataMethod} testId="data-method">
        <p>{t.dataMethodText}</p>
        {accuracy ? (
          <>
            <h3>{t.dataAccuracy}</h3>
            <p className="statement-meta">{accuracy.measured}</p>
            <table className="data-table" data-testid="accuracy">
              <thead>
                <tr>
                  <th scope="col">{t.dataFigure}</th>
                  <th scope="col">{t.dataTest}</th>
                  <th scope="col">{t.dataDev}</th>
                </tr>
              </thead>
              <tbody>
                {accuracy.rows.map((row) => (
                  <tr key={row.figure}>
                    <th scope="row">{row.figure}</th>
                    <td>{row.test}</td>
                    <td>{row.dev}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </TitledPanel>

      <TitledPanel id="codebook" title={t.dataCodebook} testId="data-codebook">
        <Codebook title={t.dataStatementsExport} columns={STATEMENT_COLUMNS} codebook={STATEMENT_CODEBOOK} locale={locale} labels={[t.dataField, t.dataMeaning]} />
        <Codebook title={t.dataEchoesExport} columns={ECHO_COLUMNS} codebook={ECHO_CODEBOOK} locale={locale} labels={[t.dataField, t.dataMeaning]} />
      </TitledPanel>
    </>
  );
}

function Codebook<K extends string>({ title, columns, codebook, locale, labels }: { title: string; columns: K[]; codebook: Record<K, FieldDescription>; locale: Locale; labels: [string, string] }) {
  return (
    <>
      <h3>{title}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{labels[0]}</th>
            <th scope="col">{labels[1]}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column} data-testid="codebook-field">
              <th scope="row">
                <code>{column}</code>
              </th>
              <td>{codebook[column][locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
