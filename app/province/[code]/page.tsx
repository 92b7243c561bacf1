import { notFound } from "next/navigation";
import { z } from "zod";
import { readDatabase } from "@/lib/db/client";
import { regionDetail } from "@/lib/db/queries";
import StatementList from "@/app/components/StatementList";

export const dynamic = "force-dynamic";

const regionCode = z.string().regex(/^[a-z-]{2,20}$/);

export default async function ProvincePage({ params }: { params: Promise<{ code: string }> }) {
  // Validate route params.
  const parsed = regionCode.safeParse((await params).code);
  if (!parsed.success) notFound();
  const region = await regionDetail(readDatabase(), parsed.data);
  if (!region) notFound();

  return (
    <section className="panel">
      <h1>
        {region.fullName} <span className="statement-meta">{region.nameEn}</span>
      </h1>
      <p className="statement-meta">
        {region.total} statements{region.total > region.statements.length ? `, the ${region.statements.length} newest shown` : ""}
      </p>
      {region.statements.length === 0 ? (
        <p className="empty-state">No statements tagged for this region yet.</p>
      ) : (
        <StatementList statements={region.statements} />
      )}
    </section>
  );
}
