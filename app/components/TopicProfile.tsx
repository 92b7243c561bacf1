import type { Locale } from "@/lib/i18n";
import { topicName, topicOfTheme } from "@/lib/topics";
import CountBars from "./CountBars";

/**
 * Statements per CAP major topic on a shared scale; each topic opens (a <details>, no script) on
 * the bars of its own themes.
 */
export default function TopicProfile({
  topics,
  themes,
  maxTopicCount,
  maxThemeCount,
  locale,
}: {
  topics: { code: number; statements: number }[];
  themes: { id: string; name: string; statements: number }[];
  maxTopicCount: number;
  maxThemeCount: number;
  locale: Locale;
}) {
  return (
    <div className="topic-profile" data-testid="topic-profile">
      {topics.map((topic) => {
        // The same themes in every column, so the rows line up across regions.
        const own = themes.filter((theme) => topicOfTheme(theme.id) === topic.code);
        return (
          <details key={topic.code} data-topic={topic.code}>
            <summary>
              <CountBars max={maxTopicCount} rows={[{ key: `cap-${topic.code}`, label: topicName(topic.code, locale), count: topic.statements }]} />
            </summary>
            <CountBars max={maxThemeCount} rows={own.map((theme) => ({ key: theme.id, label: theme.name, count: theme.statements }))} />
          </details>
        );
      })}
    </div>
  );
}
