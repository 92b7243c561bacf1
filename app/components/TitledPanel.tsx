/** A page section: a panel with its heading (which names it for assistive technology) and an optional hint. */
export default function TitledPanel({
  id,
  title,
  hint,
  testId,
  children,
}: {
  id: string;
  title: React.ReactNode;
  hint?: string;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid={testId}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {hint ? <p className="statement-meta">{hint}</p> : null}
      {children}
    </section>
  );
}
