import { messagesFor, type Locale } from "@/lib/i18n";

/** What is wrong with the page's query parameters, said instead of the page. */
export default function FilterProblem({ message, locale }: { message: string; locale: Locale }) {
  return (
    <section className="panel" role="alert">
      <h2>{messagesFor(locale).badFilters}</h2>
      <p>{message}</p>
    </section>
  );
}
