export interface CountBar {
  key: string;
  label: React.ReactNode;
  count: number;
}

/** A table of labelled counts with bars; `max` sets the scale (by default the largest count). */
export default function CountBars({ rows, max, testId }: { rows: CountBar[]; max?: number; testId?: string }) {
  const scale = max ?? Math.max(1, ...rows.map((r) => r.count));
  return (
    <table className="region-table count-bars" data-testid={testId}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <td>{row.label}</td>
            <td className="count">{row.count || ""}</td>
            <td className="count-bar-cell">
              <div className="bar" style={{ width: `${(100 * row.count) / scale}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
